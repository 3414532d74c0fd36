// Package rights models the intellectual property rights China's customs
// protects, their terms of protection, and their recordation (备案) with
// the General Administration of Customs (GACC): is this right protected
// and recorded today, and until when?
//
// It imports the standard library, the module's calendar package and its
// internal text and JSON helpers only.
//
// # Overview
//
// Customs acts on its own initiative only for a right recorded with GACC,
// and only while both the right and the recordation are in force (Regs
// arts 7, 16; R-REC-1).
//
//   - [Type] is the kind of right: [Trademark], three kinds of copyright,
//     three kinds of patent, [OlympicSymbol] and [WorldExpoSymbol];
//     [ParseType] reads its text code.
//   - [Right] holds a right's holder, number and the facts its term
//     depends on. [Right.Validate] reports every problem at once;
//     [Right.ProtectionEnd], [Right.InForce] and [Right.RenewalWindow]
//     apply the terms of the law (R-TERM-*).
//   - [ParsePatentNumber] checks a Chinese patent number's check
//     character and reads its year and kind ([PatentNumber]);
//     [ParseTrademarkNumber] and [ParseNiceClass] read trademark numbers
//     and classes.
//   - [Recordation] is a recordation as a typed state machine: build one
//     with [NewRecordation] from the [Right] and the [Application] (Regs
//     art 7), then [Recordation.Apply] each [Event]. Its status on any
//     day ([Recordation.Status]), validity ([Recordation.ValidFrom],
//     [Recordation.ValidUntil]), renewal window and deadlines
//     ([Recordation.DecisionDue], [Recordation.ChangeDue]) are derived
//     from the events, never stored. [Recordation.InForce] answers the
//     question customs asks before acting on its own initiative: are
//     the recordation and the right both in force that day?
//   - [FeeSchedule] is the effective-dated recordation fee, at most
//     [MaxRates] rates; [DefaultFees] is the law's.
//
// The rules are those of the Trademark Law (2019), the Copyright Law
// (2020) and the Patent Law (2020). A new Trademark Law takes effect on
// 2027-01-01 (domain brief section 7.1); whether it changes the term,
// the renewal window or the grace period is not verified [U], so
// trademark answers for days from 2027 may need revision.
//
// # Terms of protection
//
// A term of N years from day X runs from X to the day before the N-th
// anniversary of X, as CNIPA counts: a utility model filed on 1999-09-06
// is protected to 2009-09-05, a trademark registered on 2010-03-14 to
// 2020-03-13, and, renewed, to 2030-03-13. The anniversary of 29 February
// in a common year is 1 March, so a trademark registered on 2020-02-29 is
// valid to 2030-02-28 [U] ([Conventions.LeapDayFebruary28]).
//
// A patent is protected from the announcement of its grant (Patent Law
// arts 39-40), not from its filing: a patent [Right] without
// [Right.Granted] is an application, in force on no day, and GACC must
// refuse to record it (Regs art 8; R-REC-3). Its term is still counted
// from the filing date (Patent Law art 42), so [Right.ProtectionEnd]
// answers for it.
//
// A trademark not renewed by the end of its term is, during the 6-month
// grace period, treated as not in force until a renewal is filed [U]
// ([Conventions.GraceInForce]). An early [End] ends protection the day
// before its date; invalidation, retroactive in law, is modelled the same
// way (see [End]).
//
// # Recordation
//
// The transition table, in order (R-REC-*; each guard's refusal names
// its rule in [TransitionError.Unmet]):
//
//	From                       Event           To         Guards
//	(none)                     Filing          Applied    -
//	Applied                    Approval        Approved   the right is protected, a patent granted (Regs 8; R-REC-3); validity ends by 9999-12-31
//	Applied                    Rejection       Rejected   -
//	Approved/Renewed/Changed   RenewalFiling   Renewed    inside the window; right protected; right outlasts the validity (Regs 10; R-REC-5, 6); validity ends by 9999-12-31
//	Approved/Renewed/Changed   ChangeReport    Changed    the change is not before the approval (Regs 11)
//	Approved/Renewed/Changed/  Cancellation    Cancelled  for right-ended: the right's end is on record (Measures 12)
//	  Lapsed
//	Approved/Renewed/Changed/  Revocation      Revoked    - (Regs 9, 11)
//	  Lapsed
//	Rejected/Cancelled/        Filing          Applied    after revocation, with BarReapplication: one year passed (Measures 13; R-REC-9)
//	  Revoked/Lapsed
//
// The "From" state is the status on the event's day, so a recordation
// that expired is Lapsed and can only be applied for anew. Events must
// be in date order; several may share a day.
//
// Validity runs from the approval for 10 years (to the day before the
// 10th anniversary), capped at the right's protection; each renewal adds
// 10 years from the day after the previous last day, capped likewise
// (Regs art 10; Measures arts 9-10; R-REC-4, R-REC-6). The cap counts the
// right's own renewals filed by the approval or the recordation's
// renewal: a trademark renewed later needs its recordation renewed too.
//
// A recordation belongs to the holder who applied: [NewRecordation]
// refuses an applicant who is not the right's holder (Regs art 8;
// R-REC-3), and [Recordation.WithRight], which replaces the right's facts
// (a grant, a renewal, an early end) and replays the history, refuses
// another type, number or holder. An assignment is a [Cancellation] for
// [CancelAssignment] and a new recordation by the assignee (Measures art
// 12; R-REC-8); a change of the holder's name is a [ChangeReport] whose
// Note gives the new name (Regs art 11), and the recorded holder keeps
// the name the right was recorded under.
//
// A recordation lapses after its last day, or as soon as the right stops
// being protected (R-REC-7). The renewal window runs from 6 months before
// the last day to the last day, both included [U]
// ([Conventions.WindowOpensDayAfter]).
//
// [Recordation.InForce] on a day is [Recordation.Status] on that day
// being Approved, Renewed or Changed: approved and not since rejected,
// cancelled or revoked, within its validity, and for a right protected
// that day under the recordation's [Conventions] (Regs arts 10, 16;
// R-REC-1, R-REC-7). A recordation is never in force for a right that is
// not, so InForce is, for one day, the whole of the recordation condition
// on which customs acts on its own initiative (Regs art 16).
//
// # Representation
//
// [Type], [State], [EventKind] and the other enums are uint8 constants
// whose text codes ("patent-invention", "renewal-filing") are their
// stable form in text and JSON; persist the code, never the integer.
// [PatentNumber], [TrademarkNumber], [NiceClass], [End], [Event],
// [Window] and [Conventions] are small comparable values: == works and
// they can be map keys. Their Equal methods are the same as ==; those
// with a natural order also have Compare, for [slices.SortFunc]:
//
//	Value            Equal  Compare
//	PatentNumber     yes    filing year, kind digit, serial; zero first
//	TrademarkNumber  yes    the number; zero first
//	NiceClass        yes    the class number
//	End              yes    -  (the zero End, no early end, has no place among dates)
//	Event            yes    -  (a history's order is the order of Apply; events share days)
//	Window           yes    -  (periods have no one natural order)
//
// [Right], [Application] and [Recordation] hold slices: they are not
// comparable with ==, and compare with their Equal methods. [Recordation]
// is immutable: its fields are unexported, every method returns a new
// value or a copy ([Recordation.Type] reads the right's type without
// one), and it is safe for concurrent use.
//
// Dates are [calendar.Date] values; counts of days are [calendar.Days]
// and [calendar.WorkingDays]. Working-day deadlines take a
// [calendar.Calendar] argument, such as [calendar.China]. The recordation
// fee is a whole number of yuan (int64): the only rate the law set was
// RMB 800.
//
// # Zero values
//
//   - The zero value of every enum (TypeUnknown, StateUnknown,
//     EventKindUnknown, ...) is not valid and has no text code.
//   - The zero [PatentNumber] and [TrademarkNumber] are "no number", with
//     empty text; the zero [NiceClass] is invalid.
//   - The zero [End] is "no early end"; the zero [Conventions] are the
//     package's defaults; the zero [Window] contains no day.
//   - The zero [Right] and [Application] are invalid. The zero
//     [Recordation] has no history: its status is StateUnknown, it is
//     in force on no day, its type is TypeUnknown, and Apply refuses
//     every event.
//   - A patent [Right] whose Granted is zero is an application: valid,
//     with a term, but in force on no day.
//
// # Limits
//
// Input is bounded far above any real case, so that absurd input is an
// error and no computation grows without bound:
//
//	Limit              Value        Bounds
//	MinYear            1800         every date of a Right, and AuthorDied
//	MinEventYear       1995         every date of an Event
//	MaxRenewals        100          Right.Renewals
//	MaxTermAdjustment  3660 days    Right.TermAdjustment
//	MaxNiceClass       45           Right.Classes: classes 1-45, each once
//	MaxLicensees       100          Application.Licensees
//	MaxGoods           100          Application.Goods, Application.Infringers
//	MaxListLength      50           the ports and traders of one kind of goods or infringer
//	MaxEvents          1000         the history of a Recordation
//	MaxRates           100          FeeSchedule.Rates (Validate compares every pair)
//	dates              9999-12-31   terms and validities must end by then
//
// # Errors
//
// Every error matches one of the sentinels ([ErrUnknownCode],
// [ErrUnknownType], [ErrInvalidNumber], [ErrInvalidRight],
// [ErrInvalidApplication], [ErrInvalidEvent], [ErrInvalidTransition],
// [ErrInvalidRecordation], [ErrInvalidFees], [ErrNoFee]) with
// [errors.Is], or is a calendar error (an invalid date,
// [calendar.ErrNotCovered]). Typed errors carry the facts for
// [errors.As]: [*NumberError], [*CodeError], [*FieldError] and the list
// [FieldErrors] (validation reports every problem at once, each naming
// its field as a JSON path), and [*TransitionError] (the state, the
// event's kind and its date as a [calendar.Date], and every unmet
// condition of the law, citing its rule). Messages start with
// "rights: " and quote the offending input, clipped. No function panics
// on bad input, except the Must functions, which are for tests and
// tables; no function reads the clock or the environment.
//
// # Legal sources
//
// Regs: Regulations on Customs Protection of Intellectual Property Rights
// (2018 text). Measures: their GACC Implementing Measures, cited in the
// 2009 numbering. Confidence as in the domain brief: [P] primary text,
// [S] secondary sources, [U] uncertain (a documented, overridable choice
// of this package).
//
//	Rule            What                                                Source                          Conf.
//	R-REC-1         customs acts ex officio only for recorded rights    Regs 7, 12, 16                  P
//	R-REC-2         decision within 30 WD of the complete application   Regs 8                          P
//	R-REC-3         refuse: right not protected (a patent not granted), Regs 8; Patent Law 39-40        P
//	                applicant not holder
//	R-REC-4         validity: approval + 10 years, capped at the right  Regs 10; Measures 9             P/S
//	R-REC-5         renewal in the 6 months before expiry               Regs 10                         P; days U
//	R-REC-6         renewed period from expiry + 1 day, capped          Measures 10                     S
//	R-REC-7         lapse at expiry or when the right ends              Regs 10                         P
//	R-REC-8         report changes within 30 WD; late: may revoke;      Regs 11; Measures 11-12         P/S
//	                assignment: cancel, the assignee records anew
//	R-REC-9         revocation for untruthful application; 1-year bar   Regs 9; Measures 13             P; bar U
//	R-REC-10        fee RMB 800 before 2015-11-01, then 0               Measures 8; GACC Ann. 2015/51   S
//	R-TERM-TM       trademark 10 years, renewal 12 months + 6 grace     Trademark Law 39-40             P; days U
//	R-TERM-CR-*     copyright: 31 Dec of the 50th year                  Copyright Law 23                P
//	R-TERM-PAT      in force from the grant; invention 20, utility      Patent Law 39-40, 42-44         P; 2021 cut-off S
//	                model 10, design 15/10 years from filing
//	R-TERM-OLY      Olympic symbol 10 years, renewable                  Olympic Symbols Regs 9          P
//	R-TERM-EXPO     World Expo symbol: no statutory term                World Expo Symbols Regs         P
//	[U] anniversary of 29 February is 1 March                           Conventions.LeapDayFebruary28
//	[U] trademark not in force in grace until renewed                   Conventions.GraceInForce
//	[U] renewal windows open on expiry - n months                       Conventions.WindowOpensDayAfter
//	[U] re-application within 1 year of revocation allowed              Conventions.BarReapplication
//	[U] invalidation ends protection on its date (not retroactively)    End, Right.VoidAbInitio
//	[U] recordation numbers are opaque text                             Event.Number
package rights
