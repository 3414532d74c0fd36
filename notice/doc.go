// Package notice builds, validates and renders the written notices of a
// border-protection case: the payment notice (缴费通知) that asks the right
// holder to pay for the storage of detained goods, and the other notices
// customs serves along the workflow (Measures (2009 numbering) art 40), in
// Simplified Chinese and English, as plain text, printable A4 HTML and
// JSON.
//
// It imports the standard library, shopspring/decimal, golang.org/x/text
// and the module's calendar, rights, enforcement and storagecost packages.
// It is the only package of the module that imports golang.org/x/text.
//
// # Overview
//
// A holder who receives a payment notice must be able to check every
// number on it, see by when and where to pay, and know what happens if it
// does not. So a notice is a typed value with every field its reader
// needs, built from the case it belongs to, checked before it is rendered,
// and rendered from a translation catalog that has every message in every
// language:
//
//	| kind                      | type                  | to        | legal basis                                                 |
//	|---------------------------|-----------------------|-----------|-------------------------------------------------------------|
//	| [KindPayment]             | [Payment]             | holder    | Regs arts 14, 25; Measures arts 34, 35; R-FEE-1..4, 7       |
//	| [KindSuspension]          | [Suspension]          | holder    | Regs art 16; Measures arts 21-23, 41; R-EXO-1..5            |
//	| [KindDetentionReceipt]    | [DetentionReceipt]    | consignee | Regs arts 15-17, 19; Measures arts 18, 26; R-APP-3          |
//	| [KindInvestigationResult] | [InvestigationResult] | holder    | Regs arts 20, 23, 24(2), 27; Measures art 28; R-EXO-6..8    |
//	| [KindRelease]             | [Release]             | holder    | Regs arts 16, 19, 24; Measures art 35; R-REL-*, R-FEE-6     |
//	| [KindConfiscation]        | [Confiscation]        | consignee | Regs art 27; Measures arts 33-34; R-EXO-8, R-FEE-3, R-DIS-1 |
//	| [KindCounterGuarantee]    | [CounterGuarantee]    | holder    | Regs art 19; Measures arts 20, 41; R-REL-1, R-REL-2         |
//
// Every kind implements [Notice]; the set is closed, so that [Render]
// knows how to write every one. No published template of the payment
// notice was found [U]: its fields are those the domain brief infers from
// Regs arts 14 and 25 and the general bond's letter of guarantee (GACC
// Ann. 2006 No. 31), and the others state what their article requires.
//
// # Building notices
//
// The constructors — [NewPayment], [NewSuspension], [NewDetentionReceipt],
// [NewInvestigationResult], [NewRelease], [NewConfiscation] and
// [NewCounterGuarantee] — build each notice from an enforcement.Case,
// filling in all the case knows: the parties, the rights with their
// recordation numbers, the goods and their value (Measures art 39), the
// port, and the dates of its events. The caller adds what the case does
// not know: the [Header] (number, issuing office, date of issue, contact;
// the case number defaults to the case's ID), and for the payment notice
// its [PaymentTerms] (warehouse, payee, what was paid to the warehouse,
// the day the holder receives it). The last days of the case's periods
// are counted on the case's own Rules and calendar:
//
//	| notice              | field          | period                                                   | source                                |
//	|---------------------|----------------|----------------------------------------------------------|---------------------------------------|
//	| Payment             | DueDate        | 10 working days from the day after receipt (overridable) | GACC Ann. 2006 No. 31; R-FEE-4 [S]    |
//	| Suspension          | ReplyBy        | 3 working days from the day after service                | Regs art 16; Measures 22, 41; R-EXO-2 |
//	| InvestigationResult | CourtBy        | 50 working days from detention (undetermined goods)      | Regs art 24(2); R-EXO-7               |
//	| Release             | PreservationBy | 20 working days from the release of detained goods       | Measures art 35; R-FEE-6 [U]          |
//	| Confiscation        | FeeCap         | 3 months from service of the decision, not rolled        | Measures art 34; R-FEE-3 [S]          |
//	| CounterGuarantee    | SuitBy         | 30 working days from the day after service               | Measures arts 20, 41; R-REL-2 [U]     |
//
// A payment notice's lines, total and charged period are the
// storagecost.Bill's; the amount due is the total less what the holder
// paid the warehouse directly (Regs art 14; R-FEE-2); and what answers for
// non-payment ([Security]) is the case's bond, or the general bond when it
// covers the case (R-EXO-5). A case that has not reached the notice's step,
// or a bill of another stay, is a [*CaseError] matching [ErrNotIssuable].
// A constructor never returns a notice that fails its own Validate.
//
// # Validation
//
// Each kind's Validate reports every problem at once, as [FieldErrors]
// matching [ErrInvalidNotice], each named by its JSON path
// ("lines[3].amount", "payer.name", "due_date"). It checks that text is
// printable UTF-8 without control or bidirectional-override characters,
// trimmed and at most [MaxText] or [MaxCode] bytes; that dates are real
// and in order (a notice asks only for fees already incurred; it is served
// on or after its date of issue); that every time limit ends on a working
// day of the calendar it is given, after its trigger; that amounts are
// CNY from 0 to [MaxAmount] in whole fen; that a payment notice has 1 to
// [MaxLines] lines, its total is the sum of its lines and its amount due
// the total less what was paid to the warehouse, never negative. Numbers
// are judged by their form first, so 1e999999 costs nothing, and checking
// a valid notice allocates nothing. Render and Parse run the same checks
// without the calendar.
//
// # Amounts in capitals
//
// The payment notice states its total twice, in figures and in Chinese
// capital numerals, as the People's Bank of China requires of payment
// documents (支付结算办法, 银发〔1997〕393号, Annex 1 正确填写票据和结算凭证的
// 基本规定). [Capitals] and [AppendCapitals] write one canonical form:
// 人民币 immediately followed by the amount; digits 零壹贰叁肆伍陆柒捌玖 with
// 拾佰仟 in groups of four under 万, 亿 and 万亿; 壹拾, never a bare 拾; one
// 零 for each run of 0 digits between two others (Annex 1 零 rules 1 and
// 2), except a run ending at the 万 digit inside the 万 group (rule 3's
// first form: 壹拾万柒仟); 零 after 元 when the 元 digit or the 角 digit is
// 0 (rules 3 and 4); 整 after 元 and nothing after 角 or 分. So 399.98 is
// 人民币叁佰玖拾玖元玖角捌分, 1,680.32 人民币壹仟陆佰捌拾元零叁角贰分 and
// 16,409.02 人民币壹万陆仟肆佰零玖元零贰分. [ParseCapitals] reads every form
// Annex 1 allows (the optional 零 of rule 3, 正 for 整, the traditional
// 貳陸億萬圓, 人民币 printed on the form) and refuses anything else with an
// [*AmountError] giving the byte offset of the problem. Amounts are from 0
// to [MaxAmount] (10^12 CNY) in whole fen; every error matches
// [ErrInvalidAmount].
//
// # Rendering
//
// [Render] writes a notice as plain text, as a printable HTML document or
// as JSON ([Format]); [Text] and [HTML] return the first two as strings.
// A notice is written in Simplified Chinese (zh-Hans), the authoritative
// text, in English (en), or in both, the first language's notice first.
// [Match] maps a requested tag to one of [Languages] (zh, zh-CN and
// zh-Hans-SG to zh-Hans; en-GB to en) and refuses every other, zh-Hant
// included, with a [*LanguageError]: a legal notice never falls back to a
// language its reader did not ask for. Render validates the notice and its
// arguments before it writes anything, so that on error nothing is
// written. Render is pure and safe for concurrent use.
//
// Each notice states its head (number, issuing office, date of issue,
// case, addressee), the facts its article requires and the consequence the
// law attaches, citing the article: the payment notice its lines, its
// total in figures and in capitals, the amount due, the payee, the due
// date and what customs does if the holder does not pay, by the security
// (Regs art 25); the suspension the bond and the reply deadline with its
// cut-off times (24:00 by post or bank, the end of office hours in
// person; Measures art 41); the detention receipt the consignee's rights
// (Regs arts 17, 19, 24(4)); the investigation result what follows each
// result; the release its reason; the confiscation the fine, the fee cap
// and the order of disposal; the counter-guarantee the holder's deadline
// to sue.
//
// The words come from a catalog private to this package, built with
// golang.org/x/text/message/catalog (the global message.SetString and
// DefaultCatalog are never touched), with plurals by
// golang.org/x/text/feature/plural. A test asserts that every message
// exists in every language with the same placeholders, and that every
// value of every enum a notice shows has a label in every language; a
// missing message at run time is an error, never the key or another
// language's text. Each language's fixed labels are resolved once, so
// rendering formats values with this package's own code: dates as
// 2026年4月1日 and 1 April 2026 (time.Month is English only), amounts from
// StringFixed(2) with thousands separators as ￥1,234.56 and CNY 1,234.56.
//
// Text output is UTF-8 of at most 78 columns, aligned by display width
// (a CJK character is two columns), with the bill as a table. HTML output
// is one self-contained document (html/template; no scripts, fonts, images
// or links), with one A4 section per language and every value from the
// case escaped. A test prints every kind in headless Chromium and checks
// that each language comes out as one A4 page (595 × 842 pt) with nothing
// wider than the page, a payment notice with 12 bill lines included; text
// that cannot be broken at a space wraps inside the page. JSON output is
// the notice's JSON, the same in every language. [RenderAll] writes the
// notices of a case as one document: in HTML under one title naming the
// case, every notice in every language on its own A4 page; in text one
// after another; in JSON as an array.
//
// A payment notice lets the holder check every number. Each [Line] says
// how its amount was computed ([Line.Method], from the bill): quantity ×
// rate (× days) for a line by rate; for a flat bracket charge, the bracket
// ([Line.UpTo]); for a line raised to its minimum or a top-up to a
// minimum, the minimum ([Line.Minimum]) and, for the top-up, what was
// charged before it; at actual cost for a pass-through; free for free
// days. The cells that do not enter into an amount are left empty.
// Validate checks each line against its method: a by-rate line charges
// quantity × rate (× days) rounded to fen (within 0.01 CNY of the
// product, whatever the tariff's rounding rule), or the minimum it falls
// short of; a flat or passed-through line shows no rate; a top-up has no
// quantity, rate or days and is at most its minimum; free days charge
// nothing. Whether the numbers are the tariff's is storagecost's to
// check, with the tariff (storagecost.Bill.Validate).
//
// # Representation
//
// Notices are plain structs with exported fields, values without shared
// state: copy them, build them by hand, or decode them. Amounts are
// decimal.Decimal, dates calendar.Date, enums typed with stable text
// codes. Each kind's MarshalJSON writes one object with "kind", the
// header's fields and the kind's fields in lower_snake_case: amounts as
// strings with 2 decimal places ("399.98"), quantities in their shortest
// form, dates as "2006-01-02", enums as text codes, office hours as
// "HH:MM". It refuses a notice that is not valid. UnmarshalJSON and
// [Parse] (any kind, by its "kind") decode strictly: at most 1 MiB, keys
// exactly as written with none unknown or repeated, numbers without
// exponents; then they check the notice as Validate does without the
// calendar. A notice survives Parse(json.Marshal(n)) unchanged.
//
// # Zero values
//
// The zero Kind, Security and Format are unset and invalid. A zero Date
// is an absent date (where a field is optional, such as CourtBy for a
// result other than undetermined); a zero amount is CNY 0.00; an empty
// string an absent optional text.
//
// # Errors
//
// Every error matches one of the sentinels with errors.Is:
// [ErrInvalidNotice] ([FieldErrors], [*FieldError]), [ErrNotIssuable]
// ([*CaseError]), [ErrUnsupportedLanguage] ([*LanguageError]),
// [ErrInvalidAmount] ([*AmountError]) and [ErrInvalidArgument] (an unknown
// text code or format). Nothing in this package panics on input.
//
// # Legal sources
//
// Regulations on Customs Protection of IPR (2018 text), arts 14-17, 19-20,
// 23-25, 27; their Implementing Measures (GACC Order No. 183, cited in the
// 2009 numbering), arts 18, 20-23, 26, 28, 33-35, 39-41; GACC Ann. 2006
// No. 31 (general bond); the People's Bank of China's 支付结算办法 (1997),
// Annex 1, for capitals; the rule ids are those of the project's domain
// brief, section 9.
package notice
