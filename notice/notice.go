package notice

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/rights"
	"github.com/iprborder/iprborder/storagecost"
)

// Limits on what a notice holds. Longer text or more lines than these is
// refused by Validate and by the decoders, before any work is done.
const (
	// MaxText is the longest free-text field, in bytes: a name, an
	// address, a description of goods.
	MaxText = 512
	// MaxCode is the longest identifier, in bytes: a notice number, a
	// recordation number, an account number, a telephone number.
	MaxCode = 64
	// MaxLines is the most lines a payment notice lists.
	MaxLines = 200
	// MaxRights is the most rights a notice lists (as enforcement.MaxRights).
	MaxRights = enforcement.MaxRights
)

// Notice is one of the written notices of this package: [Payment],
// [Suspension], [DetentionReceipt], [InvestigationResult], [Release],
// [Confiscation] and [CounterGuarantee]. The set is closed: other types
// cannot implement Notice, so that [Render] knows how to write every one.
type Notice interface {
	// Kind returns the notice's kind.
	Kind() Kind
	// Head returns the fields every notice has.
	Head() Header
	// Validate reports every missing or inconsistent field at once, as
	// [FieldErrors] matching [ErrInvalidNotice]; dates that must be working
	// days are checked on cal.
	Validate(cal calendar.Calendar) error

	sealed()
}

// Header is what every notice states about itself: its number, who issues
// it and when, the case it belongs to, and whom to contact.
type Header struct {
	// Number is the notice's own number (文书编号). Required.
	Number string `json:"number"`
	// Office is the customs office that issues the notice (签发海关), such
	// as "Shanghai Pudong International Airport Customs". Required.
	Office string `json:"office"`
	// Issued is the date of issue. Required.
	Issued calendar.Date `json:"issued"`
	// Case is the case number. The constructors default it to the case's
	// ID. Required.
	Case string `json:"case"`
	// Contact is whom the addressee can ask about the notice. Required.
	Contact Contact `json:"contact"`
}

// Contact is a person or desk at the issuing office.
type Contact struct {
	Name  string `json:"name"`            // Required.
	Phone string `json:"phone"`           // Required.
	Email string `json:"email,omitempty"` // Optional.
}

// Party is a person or company a notice names: the right holder, the
// consignee or consignor.
type Party struct {
	Name string `json:"name"` // Required where the party is.
	// Identifier is a registration or identity number, such as a unified
	// social credit code (统一社会信用代码); optional.
	Identifier string `json:"identifier,omitempty"`
	Address    string `json:"address,omitempty"` // Optional.
}

// PartyFrom converts an enforcement.Party.
func PartyFrom(p enforcement.Party) Party {
	return Party{Name: p.Name, Identifier: p.Identifier, Address: p.Address}
}

// Right is a right a notice names: its type, its number, and the number of
// its customs recordation (备案), if recorded.
type Right struct {
	// Type is the kind of right, required; Number its registration or
	// patent number, and Recordation the number of its customs
	// recordation, each optional and at most [MaxCode] bytes.
	Type        rights.Type `json:"type"`
	Number      string      `json:"number,omitempty"`
	Recordation string      `json:"recordation,omitempty"`
}

// Goods are the goods a notice is about.
type Goods struct {
	Description string `json:"description"` // Required.
	// Quantity and Unit: how much ("1200", "pieces"). Required.
	Quantity decimal.Decimal `json:"quantity"`
	Unit     string          `json:"unit"`
	// Value is the goods' value in CNY as customs determined it (Measures
	// art 39), zero if not stated.
	Value decimal.Decimal `json:"value"`
}

// Warehouse is where detained goods are kept.
type Warehouse struct {
	Name    string `json:"name"`              // Required.
	Address string `json:"address,omitempty"` // Optional.
}

// Payee is whom the holder pays, and into which account.
type Payee struct {
	Name    string `json:"name"`    // Required.
	Bank    string `json:"bank"`    // Required.
	Account string `json:"account"` // Required.
}

// Line is one line of a payment notice: a line of the storagecost.Bill.
type Line struct {
	// Kind is what the line charges for, as in the bill; required.
	Kind storagecost.Kind `json:"kind"`
	// Description is the tariff's own description of the charge, if it
	// has one; the notice names the Kind in its own language.
	Description string `json:"description"`
	// Basis is what the rate is charged on (per m³, per pallet ...), Per
	// whether per day or once, Unit the unit of Quantity.
	// Quantity and Rate, the price per unit (and per day, for a per-day
	// line) in CNY, are not negative.
	Basis    storagecost.Basis `json:"basis,omitempty"`
	Per      storagecost.Per   `json:"per,omitempty"`
	Unit     string            `json:"unit"`
	Quantity decimal.Decimal   `json:"quantity"`
	Rate     decimal.Decimal   `json:"rate"`
	// Days is the number of days a per-day line charges, First to Last;
	// for a one-off line Days is 0 and First = Last is the day of the
	// event charged.
	// Amount is what the line charges, in CNY.
	Days   int             `json:"days"`
	First  calendar.Date   `json:"first"`
	Last   calendar.Date   `json:"last"`
	Amount decimal.Decimal `json:"amount"`
	// Method is how Amount follows from the line's other numbers, so that
	// the holder, who owes it (Regs art 25; R-FEE-1), can check it against
	// the warehouse's tariff (R-FEE-8):
	//
	//   - storagecost.ByRate: Quantity × Rate, × Days for a per-day line;
	//   - storagecost.Flat: the flat amount of the tariff's bracket for
	//     Quantity, the bracket of quantities up to UpTo (the open top
	//     bracket if UpTo is 0);
	//   - storagecost.PassedThrough: the actual cost, passed on at cost
	//     (Quantity and Rate do not enter into it);
	//   - storagecost.ToMinimum: the top-up that raises the charge of the
	//     Kind (or, for Kind storagecost.Minimum, the bill) from what its
	//     other lines charge, Minimum − Amount, to Minimum; it has no
	//     quantity, rate or days of its own;
	//   - storagecost.FreeDays: the free days of a per-day charge, charged
	//     nothing.
	//
	// The zero Method, which a notice decoded from JSON written before
	// the field existed has, means ByRate.
	Method storagecost.Method `json:"method,omitempty"`
	// Minimum is, for a ToMinimum line, the minimum it tops up to; for a
	// ByRate, Flat or PassedThrough line, the minimum its amount was
	// raised to (then Amount = Minimum); zero if no minimum applied. An
	// amount of money, CNY in whole fen.
	Minimum decimal.Decimal `json:"minimum"`
	// UpTo is the upper limit of the tariff's bracket that priced a Flat
	// line, or gave a ByRate line its rate, in the line's unit; zero for
	// the open top bracket or none.
	UpTo decimal.Decimal `json:"up_to"`
}

// Payment is the payment notice (缴费通知) customs sends the right holder for
// the storage, custody and disposal fees of detained goods: the holder owes
// them (Regs art 25; R-FEE-1), may have paid some directly to the
// warehouse (Regs art 14; R-FEE-2), and if it does not pay the rest by the
// due date customs deducts it from the bond or calls on the guarantor
// (Regs art 25; R-FEE-4). The charged period follows Measures (2009
// numbering) art 34 (R-FEE-3).
//
// Every amount is CNY in whole fen, from 0 to [MaxAmount]. Total is the sum
// of the Lines' amounts, and Due is Total less PaidToWarehouse.
type Payment struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact, as every notice states them ([Header]).
	Header
	// Payer is the right holder (Regs art 25).
	Payer Party `json:"payer"`
	// Rights are the rights the goods were detained for, with their
	// recordation numbers.
	Rights []Right `json:"rights"`
	// Detention is the number of the detention (the detention receipt's
	// number), if known; Detained the day of detention. Detained required.
	// Goods are the goods detained, and Warehouse where they are kept.
	Detention string        `json:"detention,omitempty"`
	Detained  calendar.Date `json:"detained"`
	Goods     Goods         `json:"goods"`
	Warehouse Warehouse     `json:"warehouse"`
	// From and To are the first and last charged days. Required.
	From calendar.Date `json:"from"`
	To   calendar.Date `json:"to"`
	// Lines are the bill's lines: at least one, at most MaxLines.
	// Total is the sum of their amounts.
	Lines []Line          `json:"lines"`
	Total decimal.Decimal `json:"total"`
	// PaidToWarehouse is what the holder already paid the warehouse
	// directly for these charges (Regs art 14; R-FEE-2), and Due what is
	// left to pay: Total − PaidToWarehouse, never negative. Payee is whom
	// the holder pays, and into which account.
	PaidToWarehouse decimal.Decimal `json:"paid_to_warehouse"`
	Due             decimal.Decimal `json:"due"`
	Payee           Payee           `json:"payee"`
	// Received is the day the holder receives the notice, and DueDate the
	// last day to pay: by default the 10th working day after Received
	// (R-FEE-4; the defaults table), overridable per notice. DueDate must
	// be a working day after Received.
	Received calendar.Date `json:"received"`
	DueDate  calendar.Date `json:"due_date"`
	// Security is what answers if the holder does not pay, and Bond the
	// amount of the case's bond (zero under a general bond).
	Security Security        `json:"security"`
	Bond     decimal.Decimal `json:"bond"`
}

// Suspension is the written notice to the right holder that customs has
// suspended the release of goods suspected of infringing its recorded
// right (Regs art 16; Measures arts 21-22; R-EXO-1). The holder has until
// ReplyBy to apply for detention and post the bond (R-EXO-2, R-EXO-4);
// if it does not, customs must release the goods (R-EXO-3).
type Suspension struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact ([Header]). Holder is the right holder the
	// notice is served on, required; Rights the recorded rights the goods
	// are suspected of infringing; Goods the goods whose release is
	// suspended.
	Header
	Holder Party   `json:"holder"`
	Rights []Right `json:"rights"`
	Goods  Goods   `json:"goods"`
	// Consignee is the consignee or consignor, if known. Port is the
	// customs office or port where the goods are held, required, and
	// Direction whether they are being imported or exported.
	Consignee Party                 `json:"consignee"`
	Port      string                `json:"port"`
	Direction enforcement.Direction `json:"direction"`
	// Served is the day the notice is served; ReplyBy the last day of the
	// holder's 3 working days, counted from the day after (Measures
	// art 41). A reply by post or through a bank is in time until 24:00 of
	// ReplyBy; one in person until OfficeCloses (time since midnight,
	// China Standard Time).
	Served       calendar.Date `json:"served"`
	ReplyBy      calendar.Date `json:"reply_by"`
	OfficeCloses time.Duration `json:"office_closes"`
	// Bond is the bond the holder must post to have the goods detained
	// (Measures art 23; R-EXO-4), zero if its general bond covers the case
	// (R-EXO-5).
	Bond decimal.Decimal `json:"bond"`
}

// DetentionReceipt is the detention receipt (扣留凭单) served on the
// consignee or consignor (Regs arts 15-16; Measures (2009 numbering)
// arts 18, 26; R-APP-3).
type DetentionReceipt struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact ([Header]). Consignee is the consignee or
	// consignor the receipt is served on, named if known; Holder the
	// right holder who applied or was notified, required; Rights the
	// rights the goods are detained for; Goods the goods detained; Port
	// the customs office or port where they are held, required; Direction
	// whether they are being imported or exported; Track the route by
	// which customs acts (ex officio or upon application); Detained the
	// day of detention, on or before Issued (Regs art 15).
	Header
	Consignee Party                 `json:"consignee"`
	Holder    Party                 `json:"holder"`
	Rights    []Right               `json:"rights"`
	Goods     Goods                 `json:"goods"`
	Port      string                `json:"port"`
	Direction enforcement.Direction `json:"direction"`
	Track     enforcement.Track     `json:"track"`
	Detained  calendar.Date         `json:"detained"`
}

// InvestigationResult is the written notice of the result of customs'
// investigation of goods detained ex officio, to the holder and the
// consignee (Regs art 20; Measures art 28; R-EXO-6). If customs could not
// determine whether the goods infringe, CourtBy is the last day for a
// court's assistance notice, after which customs releases them (Regs
// art 24(2); R-EXO-7).
type InvestigationResult struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact ([Header]). Holder is the right holder,
	// required, and Consignee the consignee or consignor, named if known:
	// the notice goes to both. Rights are the rights the goods were
	// detained for; Goods the goods. Detained is the day of detention,
	// and Determined the day the result was notified, on or after it
	// (Regs art 20; R-EXO-6). Result is customs' finding. CourtBy is set
	// for an Undetermined result only: the last day for a court's
	// assistance notice, by default the 50th working day after the
	// detention, a working day (Regs art 24(2); R-EXO-7).
	Header
	Holder     Party              `json:"holder"`
	Consignee  Party              `json:"consignee"`
	Rights     []Right            `json:"rights"`
	Goods      Goods              `json:"goods"`
	Detained   calendar.Date      `json:"detained"`
	Determined calendar.Date      `json:"determined"`
	Result     enforcement.Result `json:"result"`
	CourtBy    calendar.Date      `json:"court_by"`
}

// Release is the written notice that goods are released, and why: Reason
// is the case's released state, which names the rule (Regs arts 16, 19,
// 24; R-EXO-3, R-APP-4, R-EXO-7, R-REL-1, R-REL-3, R-REL-4).
type Release struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact ([Header]). Holder is the right holder,
	// required; Consignee the consignee or consignor, named if known;
	// Rights the rights the goods were held for; Goods the goods.
	Header
	Holder    Party   `json:"holder"`
	Consignee Party   `json:"consignee"`
	Rights    []Right `json:"rights"`
	Goods     Goods   `json:"goods"`
	// Detained is the day of detention, zero for goods never detained.
	// Released is the day the goods were released, on or after Detained;
	// Reason a released state other than the composite Released itself.
	Detained calendar.Date     `json:"detained"`
	Released calendar.Date     `json:"released"`
	Reason   enforcement.State `json:"reason"`
	// PreservationBy is, for goods released after detention, the last
	// day for a court's property-preservation notice against the holder's
	// bond, after which the bond is refunded (Measures (2009 numbering)
	// art 35; R-FEE-6); zero otherwise.
	PreservationBy calendar.Date `json:"preservation_by"`
}

// Confiscation is the notice of customs' decision to confiscate goods found
// infringing (Regs art 27; R-EXO-8), served on the consignee, with the
// holder informed. The holder is charged for storage no later than FeeCap
// (Measures (2009 numbering) art 34; R-FEE-3).
type Confiscation struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact ([Header]). Consignee is the consignee or
	// consignor the decision is served on, named if known; Holder the
	// right holder, informed of it, required; Rights the rights the goods
	// infringe; Goods the goods confiscated.
	Header
	Consignee Party   `json:"consignee"`
	Holder    Party   `json:"holder"`
	Rights    []Right `json:"rights"`
	Goods     Goods   `json:"goods"`
	// Decision is the number of the penalty decision, if known. Detained
	// is the day of detention; Served the day the decision was served on
	// the consignee; FeeCap the last day of storage the holder can be
	// charged for, after Served: by default 3 calendar months after it,
	// not moved off a rest day.
	Decision string        `json:"decision,omitempty"`
	Detained calendar.Date `json:"detained"`
	Served   calendar.Date `json:"served"`
	FeeCap   calendar.Date `json:"fee_cap"`
	// Fine is the fine imposed with the confiscation (Penalty Regs
	// art 25; R-PEN-1), zero for none.
	Fine decimal.Decimal `json:"fine"`
}

// CounterGuarantee is the written notice to the holder that customs
// released patent goods against the consignee's guarantee money equal to
// their value (Regs arts 19, 24(3); R-REL-1). The holder has until SuitBy
// to hand customs the court's notice accepting its suit; otherwise the
// money is refunded to the consignee (Measures (2009 numbering) arts 20,
// 41; R-REL-2).
type CounterGuarantee struct {
	// Header is the notice's number, issuing office, date of issue, case
	// number and contact ([Header]). Holder is the right holder the notice
	// is served on, and Consignee the consignee or consignor who deposited
	// the money, both required. Rights are the rights, every one a patent,
	// at least one; Goods the goods released. Amount is the guarantee
	// money in CNY, more than 0 and equal to the goods' value when that is
	// stated. Released is the day the goods were released against it;
	// Served the day the notice is served, on or after Released and
	// Issued; SuitBy the holder's last day to hand customs the court's
	// notice, a working day after Served, by default the 30th working day
	// after it (Measures (2009 numbering) arts 20, 41; R-REL-2).
	Header
	Holder    Party           `json:"holder"`
	Consignee Party           `json:"consignee"`
	Rights    []Right         `json:"rights"`
	Goods     Goods           `json:"goods"`
	Amount    decimal.Decimal `json:"amount"`
	Released  calendar.Date   `json:"released"`
	Served    calendar.Date   `json:"served"`
	SuitBy    calendar.Date   `json:"suit_by"`
}

// Kind returns [KindPayment].
func (Payment) Kind() Kind { return KindPayment }

// Kind returns [KindSuspension].
func (Suspension) Kind() Kind { return KindSuspension }

// Kind returns [KindDetentionReceipt].
func (DetentionReceipt) Kind() Kind { return KindDetentionReceipt }

// Kind returns [KindInvestigationResult].
func (InvestigationResult) Kind() Kind { return KindInvestigationResult }

// Kind returns [KindRelease].
func (Release) Kind() Kind { return KindRelease }

// Kind returns [KindConfiscation].
func (Confiscation) Kind() Kind { return KindConfiscation }

// Kind returns [KindCounterGuarantee].
func (CounterGuarantee) Kind() Kind { return KindCounterGuarantee }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n Payment) Head() Header { return n.Header }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n Suspension) Head() Header { return n.Header }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n DetentionReceipt) Head() Header { return n.Header }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n InvestigationResult) Head() Header { return n.Header }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n Release) Head() Header { return n.Header }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n Confiscation) Head() Header { return n.Header }

// Head returns n's [Header], for code that handles every [Notice] alike.
func (n CounterGuarantee) Head() Header { return n.Header }

func (Payment) sealed()             {}
func (Suspension) sealed()          {}
func (DetentionReceipt) sealed()    {}
func (InvestigationResult) sealed() {}
func (Release) sealed()             {}
func (Confiscation) sealed()        {}
func (CounterGuarantee) sealed()    {}
