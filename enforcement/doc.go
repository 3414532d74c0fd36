// Package enforcement models how China's customs detains goods suspected of
// infringing intellectual property rights: the ex officio and the
// upon-application routes as one typed state machine whose deadlines act
// by themselves. For every case and every day it answers what state the
// goods are in, who must do what by when, and what happens if they do not.
//
// It imports the standard library, the module's calendar and rights
// packages, shopspring/decimal (bonds, goods values), google/uuid (case
// identifiers) and the module's internal text and JSON helpers.
//
// # Overview
//
//   - [Facts] are what a case is about: its [Track] ([ExOfficio],
//     [UponApplication]), the rights and their recordations, the [Goods],
//     the parties, the port, the [Direction] and the [Channel].
//   - [Rules] are the calendar and the periods the case is read with;
//     [DefaultRules] gives the law's, and each default the law leaves
//     open is a field a caller can override.
//   - [Case] is the fold of its [Event]s: open one with [NewCase], then
//     [Case.Apply] each event; [Replay] rebuilds a case from its history.
//     [Case.State], [Case.Permitted], [Case.Deadlines] and
//     [Case.RequiredBond] are derived from the history, never stored
//     where they could go stale.
//   - [Case.Advance] applies the lapses that the passage of time has
//     triggered: the law releases goods when a period ends without the
//     act it waits for, and no one files an event for that.
//   - [RequiredBond] is the bond a holder must post (Measures art 23;
//     Regs art 14).
//   - [Graph] draws the transition table as a Mermaid or DOT diagram.
//
// # Representation
//
// [State], [EventKind], [Track], [Result], [DeadlineKind], [Actor],
// [Direction] and [Channel] are typed uint8 enums with stable lower-case
// text codes ("under-investigation", "holder-applied"); persist the code,
// never the integer. A [Case] is an immutable value: Apply and Advance
// return a new Case, and every accessor returns a copy, so a Case is safe
// for concurrent use. Dates are [calendar.Date]s; amounts are
// [decimal.Decimal]s in CNY, in whole fen, from 0 to [MaxAmount].
//
// # Zero values
//
// Every enum's zero value is its Unknown, which marks an unset field and
// is never valid. The zero [Case] has no facts: its state is StateUnknown
// and it refuses every event. Zero periods and a zero cut-off in [Rules]
// mean the defaults; the calendar has no default.
//
// # Workflow
//
// The transition table, drawn by [Graph] from the table [Case.Apply]
// reads (a test keeps this copy identical). Each edge is labelled with
// its event, its selector in brackets (a row chosen by the case's track
// or the event's result) and its guards in parentheses (conditions of the
// law; an unmet guard refuses the event, and [TransitionError.Unmet]
// gives the reason in words, citing the rule). An edge from a composite
// state applies in every state it holds that has no edge of its own for
// the event; an edge back to its own state records a fact without
// changing the state.
//
//	stateDiagram-v2
//	    [*] --> opened
//	    state detained {
//	        under_investigation
//	        awaiting_court
//	        determined
//	    }
//	    state released {
//	        released_no_application
//	        released_holder_declined
//	        released_no_court_notice
//	        released_undetermined
//	        released_counter_guarantee
//	        released_evidence_accepted
//	        released_withdrawn
//	        released_not_infringing
//	        released_personal_use
//	    }
//	    opened --> opened : beyond-personal-use (personal articles, not yet decided)
//	    opened --> released_personal_use : within-personal-use (personal articles, not yet decided)
//	    opened --> suspended : notice-served (ex officio, recorded, handled as goods)
//	    opened --> applied : holder-applied (upon application, handled as goods)
//	    opened --> abandoned : abandonment (personal articles, party known)
//	    suspended --> applied : holder-applied
//	    suspended --> released_holder_declined : holder-declined
//	    suspended --> released_no_application : lapse (period ended)
//	    suspended --> transferred_to_police : police-transfer
//	    suspended --> abandoned : abandonment (personal articles, party known)
//	    applied --> applied : bond-posted
//	    applied --> under_investigation : detention [ex officio] (bond covers)
//	    applied --> awaiting_court : detention [upon application] (bond covers)
//	    applied --> rejected : rejection [upon application]
//	    applied --> released_no_application : rejection [ex officio]
//	    applied --> released_withdrawn : withdrawal
//	    applied --> released_no_application : lapse (period ended)
//	    applied --> transferred_to_police : police-transfer
//	    applied --> abandoned : abandonment (personal articles, party known)
//	    under_investigation --> determined : investigation-result [infringing]
//	    under_investigation --> released_not_infringing : investigation-result [not infringing]
//	    under_investigation --> awaiting_court : investigation-result [undetermined]
//	    determined --> confiscated : confiscation
//	    determined --> determined : court-notice
//	    determined --> announced : announcement (party unknown)
//	    announced --> confiscated : confiscation
//	    announced --> taken_over : lapse (period ended)
//	    confiscated --> disposed : disposal-completed (lawful route)
//	    taken_over --> disposed : disposal-completed (lawful route)
//	    detained --> detained : receipt-served (receipt not yet served)
//	    detained --> court_assisted : court-notice
//	    detained --> released_counter_guarantee : counter-guarantee (patents only, not found infringing, guarantee equals value)
//	    detained --> released_evidence_accepted : evidence-accepted (not found infringing)
//	    detained --> released_withdrawn : withdrawal (not found infringing)
//	    detained --> transferred_to_police : police-transfer
//	    awaiting_court --> released_no_court_notice : lapse [upon application] (period ended)
//	    awaiting_court --> released_undetermined : lapse [ex officio] (period ended)
//	    under_investigation --> released_undetermined : lapse (period ended)
//	    rejected --> [*]
//	    court_assisted --> [*]
//	    released --> [*]
//	    transferred_to_police --> [*]
//	    abandoned --> [*]
//	    disposed --> [*]
//
// Two rules hold for every event, outside the table: an event dated
// before the previous one is refused, and so is an event dated after a
// period whose lapse has already changed the case by law (the error
// matches [ErrDeadlinePassed]; advance the case first).
//
// The three investigation results ([Result]) lead three ways: Infringing
// to [Determined], where confiscation follows (Regs art 27; R-EXO-8);
// NotInfringing to [ReleasedNotInfringing] (Regs art 24(4)); Undetermined
// to [AwaitingCourt], where the holder has until the 50th working day
// after detention to bring a court's assistance notice (Regs art 24(2);
// R-EXO-7).
//
// Articles carried by travellers ([Luggage]) or mailed ([Postal]) are not
// goods until customs says so: in such a channel a case opens with
// customs' decision, its reasons in the event's Note, on whether they
// exceed the reasonable quantity for personal use — own use or gifts, not
// for sale or rent, a quantity fitting the person's circumstances, the
// purpose of the journey and the length of stay (Regs art 31; Penalty
// Regs art 64; R-PER-1, R-PER-2). [WithinPersonalUse] releases them
// ([ReleasedPersonalUse]); after [BeyondPersonalUse] they are handled as
// goods, and until it the notice and the application are refused. Until
// detention the traveller, addressee or sender may declare them abandoned
// and customs accept ([Abandonment] to [Abandoned]; Measures (2009
// numbering) art 31; R-PER-4 [U]). The decision events are refused on
// cargo.
//
// A consignee that cannot be identified ([Facts.ConsigneeUnknown]) cannot
// be served a confiscation decision: once the goods are found infringing,
// customs announces the case ([Announcement] to [Announced]), and unless
// the party comes forward within 3 calendar months from the day after the
// announcement, rolled off a rest day ([AnnouncementPeriod],
// [Rules.Announcement]), the lapse takes the goods over ([TakenOver], 收缴;
// Penalty Regs art 62(4); Measures (2009 numbering) art 32 [U]; R-PEN-5).
// A party that comes forward in time is served the confiscation decision
// ([Confiscation] from Announced).
//
// Confiscated and taken-over goods are disposed of by the first lawful
// route of Regs art 27 ([Route]; R-DIS-1); [DisposalCompleted], which
// names the route taken, ends the case in [Disposed]. The case cannot know
// all the facts the order turns on ([DecideDisposal] weighs them); it
// refuses the one route the law bars on what it knows: an auction of
// imported goods infringing a trademark, unless the event's note states
// the special circumstances (Regs art 27 para 3). The date of a
// [Confiscation] is the day the decision was served, from which
// [Case.FeeCap] gives the last day of storage the holder can be charged
// for (Measures (2009 numbering) art 34; R-FEE-3).
//
// The money that follows detention is kept outside the case, in values
// of its own that read the case's facts and dates: the [GeneralBond], the
// [BondLedger] and the [ReleaseGuarantee] (below).
//
// # Deadlines
//
// A period counted in working days from a trigger ends on the N-th working
// day after it, on the case's calendar (R-TIME-1, R-TIME-2), at 24:00
// China Standard Time for acts by post or through a bank, and at the end
// of office hours for acts in person (Measures art 41). Computing a period
// that reaches past the calendar's data is an error wrapping
// [calendar.ErrNotCovered], never a guess. Such a case still takes events
// that are certainly in time, dated before the period has counted all its
// working days within the data; a later event, or advancing past the
// data, waits for the next year's arrangement ([calendar.Calendar.With]).
//
//	| period (DeadlineKind)   | who      | length   | from                       | lapse                                   | source                    |
//	|-------------------------|----------|----------|----------------------------|-----------------------------------------|---------------------------|
//	| reply                   | holder   | 3 WD     | service of the notice      | released-no-application                 | Regs 16; R-EXO-2, R-EXO-3 |
//	| investigation           | customs  | 30 WD    | detention                  | none by itself                          | Regs 20; R-EXO-6          |
//	| court-notice            | holder   | 20 WD    | detention (upon app.)      | released-no-court-notice                | Regs 24(1); R-APP-4       |
//	| ex-officio-court-notice | holder   | 50 WD    | detention (ex officio)     | released-undetermined, unless infringing | Regs 24(2); R-EXO-7       |
//	| announcement            | consignee| 3 months | the announcement           | taken-over (收缴), rolled off rest days  | Penalty Regs 62(4); R-PEN-5 [U] |
//
// The reply period runs while the holder has not applied and posted a
// bond covering [Case.RequiredBond]: in [Suspended], and in [Applied] for
// an ex officio case whose bond falls short. A lapse is an event of kind
// [Lapse], dated the day after the period's last day, so that a case
// stays the fold of its history.
//
// Worked example (domain brief): a notice served on Friday 2024-02-09
// leaves the holder until Tuesday 2024-02-20, because 10-17 February are
// the Spring Festival holiday and Sunday 18 February is a working day.
//
// # Bonds
//
//	| route            | goods value v          | bond                                | source                |
//	|------------------|------------------------|-------------------------------------|-----------------------|
//	| ex officio       | v < 20,000             | v                                   | Measures 23; R-EXO-4  |
//	| ex officio       | 20,000 <= v <= 200,000 | max(v/2, 20,000), half-up to 0.01   | Measures 23; R-EXO-4  |
//	| ex officio       | v > 200,000            | 100,000                             | Measures 23; R-EXO-4  |
//	| upon application | any                    | v                                   | Regs 14; R-APP-2      |
//
// The value is [Goods.Value]: the one customs determined (Measures art
// 39), else the declared one. Detention requires the bond posted
// ([HolderApplied] plus any [BondPosted]) to cover the required bond.
//
// # General bond
//
// A [GeneralBond] is the general bond (总担保) of GACC Ann. 2006 No. 31
// (Measures (2009 numbering) art 24): a holder who repeatedly asks
// customs to act ex officio (Regs art 16) for its trademarks recorded
// with GACC posts one bank guarantee instead of a bond per case
// (R-GB-1). Its amount is the larger of the storage, custody and disposal
// fees the holder paid in the previous calendar year and the
// [GeneralBondMinimum] in force on the approval day, CNY 200,000 by
// default (R-GB-2). It covers from GACC's approval to 31 December of that
// year; the bank's letter of guarantee is valid from its issue to 30 June
// of the next year and must outlast the coverage (R-GB-3); the guarantor
// is a bank licensed in mainland China (R-GB-4). [GeneralBond.Covers]
// says whether a case needs no per-case bond on a day (R-EXO-5), giving
// every reason when it does; a case whose [Facts].GeneralBond covers the
// day of the holder's application requires a bond of 0
// ([Case.RequiredBond]). The bond's ledger records fee notices, the
// holder's payments and calls on the bank: a call is allowed only once a
// notice stays unpaid after [Rules].FeePayment (10 working days from the
// day after receipt) and while the letter is valid, and it draws the
// outstanding amount up to what is left of the bond (Regs art 25;
// R-FEE-4). Each notice balances: amount = paid + drawn + outstanding.
//
// # Ledgers
//
// [BondLedger] is the account of the holder's bond in one case (Regs arts
// 14, 25; Measures (2009 numbering) art 35) and [ReleaseGuarantee] the
// consignee's counter-guarantee in a patent case (Regs arts 19, 24(3);
// Measures (2009 numbering) arts 20, 41). Each is the fold of dated
// [LedgerEntry]s, kept in fen: the bond posted; fees customs deducts
// when the holder leaves a fee notice unpaid (R-FEE-1); fees the holder
// paid the warehouse directly, by which the bond is released to it
// (R-FEE-2); a court's property-preservation notice holding part of the
// balance, and its judgment paying compensation out of it (R-FEE-5); and
// the refund of the whole balance (0.00 if fees or compensation used it
// all), which closes the ledger. After a release or court-assisted
// seizure the refund waits for the fees of the detention period to be
// settled and for the 20 working days after it to pass with nothing held
// for a court ([Rules].Preservation; Measures art 35; R-FEE-6 [U]); after
// disposal, for the disposal to be completed and the fees settled
// (R-FEE-5); for goods never detained ([NotDetained]: the application
// rejected or withdrawn, the articles abandoned, no application in time)
// it is due that day, since there are no detention fees and no loss to
// preserve against. [BondLedgerOf] reads how a case ended from its
// history. At every step posted = deducted +
// credited + compensated + refunded + balance, and the balance is never
// negative. The guarantee money equals the goods' value (R-REL-1); it is
// refunded to the consignee from the day after the holder's 30 working
// days, counted from the day after service of the release notice
// ([Rules].CounterGuaranteeSuit; R-REL-2 [U]), unless the holder brings
// a court's case-acceptance notice in time, in which case it is held
// until the court's judgment pays the holder and the rest is refunded. A
// refused entry is a *[LedgerError] matching [ErrLedgerRefused], with the
// shortfall, the window's last day or the day the entry becomes possible;
// the ledger is unchanged.
//
// # Penalties
//
// [FineBand] returns the band in which the law allows the fine for an
// [Offence]: importing or exporting infringing goods (Customs Law art 91;
// Penalty Regs art 25 para 1; R-PEN-1), punished with confiscation and a
// fine of at most 30% of the goods' value, or failing to declare their IP
// status or prove their lawful use (Customs Law art 44; Penalty Regs art
// 25 para 2; R-PEN-3), a fine of at most CNY 50,000 without confiscation.
// From 2024-01-01 the discretion benchmark of GACC Ann. 2023 No. 198 arts
// 13-14 divides each band into four [Tier]s: mitigated, lighter, ordinary
// and heavier (R-PEN-2, R-PEN-3); the zero Tier, [Statutory], is the whole
// band. The ends of each band follow Civil Code art 1259 (R-TIME-4): 以下
// and 以上 include the number, 不满 excludes it, so the tiers partition
// the statutory band. The bounds are exact; the least and greatest fines
// in whole fen are rounded inward, so no fine can exceed the statute.
// [CheckFine] reports a fine outside its band as a *[FineError] matching
// [ErrFineOutsideBand], and [TierOf] names the tier a fine falls in. A
// suspected crime is transferred to the police (Regs art 26; R-PEN-4):
// [PoliceTransfer] takes the case to [TransferredToPolice], which is
// terminal: the case leaves the administrative workflow.
//
// # Disposal and personal articles
//
// Confiscated goods are disposed of by the first route Regs art 27 para 3
// opens (R-DIS-1), in this order: [PublicWelfare] when they can be used
// for social public welfare; [SaleToHolder] when the holder wishes to
// buy; [Auction] when their infringing features can all be removed, the
// holder has been consulted (GACC Ann. 2007 No. 16), and they are not
// imported counterfeit-trademark goods, save in special circumstances;
// else [Destruction]. [DecideDisposal] takes the [DisposalFacts] and
// returns a [Disposal] with its article, an explanation in words, and why
// each earlier route does not apply. Auction proceeds go to the state
// treasury (Measures (2009 numbering) art 33; Customs Law art 92; R-DIS-2).
// [Case.DecideDisposal] also requires the goods confiscated and the facts
// consistent with the case.
//
// Articles mailed or carried by individuals beyond personal-use,
// reasonable quantities are handled as infringing goods (Regs art 31;
// R-PER-1). That decision is customs'; [CheckParcel] informs it with the
// postal value limits of GACC Ann. 2010 No. 43 (R-PER-3): CNY 800 per
// parcel to or from Hong Kong, Macao and Taiwan, CNY 1,000 elsewhere, a
// single indivisible article confirmed for personal use excepted, and
// duty of at most CNY 50 waived.
//
// # Numbers of the law
//
// Every number a later text may change — the general bond minimum, the
// fine caps, the discretion tiers, the postal limits — is a versioned
// [Parameter] with its source and the days it is in force, held in
// [Parameters]. [DefaultParameters] are the law as this package knows it;
// [Parameters.With] adds the next version when a new text is published.
// A number asked for on a day no version covers is [ErrNoParameter],
// never a silent default.
//
// # JSON
//
// Events and cases have JSON forms with the text codes. A case carries
// its schema version ([SchemaVersion]), its facts, its rules without the
// calendar, and its history; [ParseCase] reads it on a calendar the
// caller supplies and replays the history, so a case stored today loads,
// to the same state, after an upgrade. Decoding is strict and bounded
// (see [ParseCase]).
//
// # Errors
//
// Sentinels classify, typed errors carry the facts: [ErrInvalidCase],
// [ErrInvalidEvent], [ErrInvalidRules] and [ErrInvalidAmount] come as
// [FieldErrors] of *[FieldError] naming each field as in JSON;
// [ErrInvalidTransition] and [ErrDeadlinePassed] as a *[TransitionError]
// with the state, the event and the unmet conditions in words;
// [ErrUnknownCode] as a *[CodeError]. A refused event leaves the case
// unchanged, and no input makes this package panic.
//
// # Legal sources
//
// Regs: Regulations on Customs Protection of Intellectual Property Rights
// (2018). Measures: their Implementing Measures, cited in the 2009
// numbering (GACC Order 183; amended by Order 240 of 2018, whose
// renumbering is unchecked). R-EXO-*, R-APP-*, R-REL-*, R-TIME-* are the
// rule ids of the project's domain brief, section 9; [U] marks a reading
// the brief holds uncertain, made a parameter wherever it is a number.
package enforcement
