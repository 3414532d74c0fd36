package enforcement

import "github.com/iprborder/iprborder/internal/textcode"

// The enums of this package share their text handling (style.md rule 8):
// a stable lower-case ASCII code per value, written by String and
// MarshalText, read back by UnmarshalText in any letter case. Persist the
// code, never the integer.

type enum interface{ ~uint8 }

func enumAppendText[E enum](codes textcode.Codes[E], enumName string, b []byte, v E) ([]byte, error) {
	out, err := codes.Append(b, v)
	if err != nil {
		return b, &CodeError{Enum: enumName, Input: codes.String(v), Err: err}
	}
	return out, nil
}

func enumParse[E enum](codes textcode.Codes[E], enumName string, text []byte) (E, error) {
	v, err := codes.Parse(text)
	if err != nil {
		return 0, &CodeError{Enum: enumName, Input: string(text), Err: err}
	}
	return v, nil
}

// Track is the route by which customs acts. The zero Track is
// [TrackUnknown].
type Track uint8

// The tracks. Do not reorder: the text codes are the stable form.
const (
	// TrackUnknown is the zero Track: not set. Facts with it are invalid,
	// and it has no text code.
	TrackUnknown Track = iota
	// ExOfficio: customs found goods suspected of infringing a recorded
	// right, suspended their release and notified the holder (依职权保护;
	// Regs art 16; Measures arts 21-30; R-EXO-*). It needs a recordation
	// in force (R-REC-1).
	ExOfficio
	// UponApplication: the holder applied for the detention of goods about
	// to be imported or exported (依申请保护; Regs arts 12-15; Measures arts
	// 14-20; R-APP-*). It needs no recordation.
	UponApplication
)

var trackCodes = textcode.New[Track]("Track", []string{
	ExOfficio:       "ex-officio",
	UponApplication: "upon-application",
})

// IsValid reports whether t is ExOfficio or UponApplication.
func (t Track) IsValid() bool { return trackCodes.Valid(t) }

// String returns the stable text code of t ("ex-officio",
// "upon-application"), or "%!Track(n)".
func (t Track) String() string { return trackCodes.String(t) }

// AppendText appends the text code of t to b.
func (t Track) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(trackCodes, "Track", b, t)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (t Track) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (t *Track) UnmarshalText(text []byte) error {
	v, err := enumParse(trackCodes, "Track", text)
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Direction is whether the goods are being imported or exported. The zero
// Direction is [DirectionUnknown].
type Direction uint8

// The directions. Do not reorder.
const (
	// DirectionUnknown is the zero Direction: not set. Facts with it are
	// invalid, and it has no text code.
	DirectionUnknown Direction = iota
	Import                     // 进口
	Export                     // 出口
)

var directionCodes = textcode.New[Direction]("Direction", []string{
	Import: "import",
	Export: "export",
})

// IsValid reports whether d is Import or Export.
func (d Direction) IsValid() bool { return directionCodes.Valid(d) }

// String returns the stable text code of d ("import", "export"), or
// "%!Direction(n)".
func (d Direction) String() string { return directionCodes.String(d) }

// AppendText appends the text code of d to b.
func (d Direction) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(directionCodes, "Direction", b, d)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (d Direction) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (d *Direction) UnmarshalText(text []byte) error {
	v, err := enumParse(directionCodes, "Direction", text)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Channel is how the goods cross the border. The zero Channel is
// [ChannelUnknown]. Items carried by travellers ([Luggage]) or mailed
// ([Postal]) are articles (物品), not goods (货物): customs first decides
// whether they exceed the reasonable quantity for personal use, and only
// beyond it handles them as goods (Regs art 31; Penalty Regs art 64;
// R-PER-1, R-PER-2); [Channel.IsPersonal] tells them apart.
type Channel uint8

// The channels. Do not reorder.
const (
	// ChannelUnknown is the zero Channel: not set. Facts with it are
	// invalid, and it has no text code.
	ChannelUnknown Channel = iota
	// Cargo: goods declared to customs by a consignee or consignor (货物).
	Cargo
	// Postal: articles mailed by or to an individual (邮递物品; Regs art
	// 31; Measures (2009 numbering) art 31). The consignee is the
	// addressee or the sender.
	Postal
	// Luggage: articles a traveller carries across the border (旅客行李物品;
	// Regs art 31). The consignee is the traveller.
	Luggage
)

var channelCodes = textcode.New[Channel]("Channel", []string{
	Cargo:   "cargo",
	Postal:  "postal",
	Luggage: "luggage",
})

// IsPersonal reports whether c carries individuals' articles, [Postal] or
// [Luggage], rather than declared goods: a case in such a channel waits
// for customs' decision on personal use ([BeyondPersonalUse],
// [WithinPersonalUse]) before anything else (Regs art 31; R-PER-1), and
// its articles may be abandoned ([Abandonment]; R-PER-4).
func (c Channel) IsPersonal() bool { return c == Postal || c == Luggage }

// IsValid reports whether c is a known channel other than ChannelUnknown.
func (c Channel) IsValid() bool { return channelCodes.Valid(c) }

// String returns the stable text code of c ("cargo", "postal",
// "luggage"), or "%!Channel(n)".
func (c Channel) String() string { return channelCodes.String(c) }

// AppendText appends the text code of c to b.
func (c Channel) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(channelCodes, "Channel", b, c)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (c Channel) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (c *Channel) UnmarshalText(text []byte) error {
	v, err := enumParse(channelCodes, "Channel", text)
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Result is the result of customs' investigation in the ex officio route,
// notified to the holder and the consignee within 30 working days of the
// detention (Regs art 20; Measures art 28; R-EXO-6). The zero Result is
// [ResultUnknown]: no result yet.
type Result uint8

// The results. Do not reorder.
const (
	// ResultUnknown is the zero Result: no result yet. Every Event but an
	// InvestigationResult has it; it has no text code.
	ResultUnknown Result = iota
	// Infringing: customs found the goods infringing; confiscation follows
	// (Regs art 27; R-EXO-8).
	Infringing
	// NotInfringing: the consignee's evidence that the goods do not
	// infringe is sufficient; the goods are released (Regs art 24(4);
	// Measures art 28; R-REL-3).
	NotInfringing
	// Undetermined: customs cannot determine whether the goods infringe;
	// the holder may seek court measures within 50 working days of the
	// detention (Regs arts 20, 24(2); Measures art 29; R-EXO-7).
	Undetermined
)

var resultCodes = textcode.New[Result]("Result", []string{
	Infringing:    "infringing",
	NotInfringing: "not-infringing",
	Undetermined:  "undetermined",
})

// IsValid reports whether r is a known result other than ResultUnknown.
func (r Result) IsValid() bool { return resultCodes.Valid(r) }

// String returns the stable text code of r ("infringing",
// "not-infringing", "undetermined"), or "%!Result(n)".
func (r Result) String() string { return resultCodes.String(r) }

// AppendText appends the text code of r to b.
func (r Result) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(resultCodes, "Result", b, r)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (r Result) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (r *Result) UnmarshalText(text []byte) error {
	v, err := enumParse(resultCodes, "Result", text)
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Actor is who must act before a [Deadline]. The zero Actor is
// [ActorUnknown].
type Actor uint8

// The actors. Do not reorder.
const (
	// ActorUnknown is the zero Actor: not set. [DeadlineKind.Actor]
	// returns it for an invalid kind; it has no text code.
	ActorUnknown Actor = iota
	Holder             // The right holder (知识产权权利人), or its agent.
	Customs            // The customs office that holds the goods.
	Consignee          // The consignee or consignor of the goods (收发货人).
)

var actorCodes = textcode.New[Actor]("Actor", []string{
	Holder:    "holder",
	Customs:   "customs",
	Consignee: "consignee",
})

// IsValid reports whether a is a known actor other than ActorUnknown.
func (a Actor) IsValid() bool { return actorCodes.Valid(a) }

// String returns the stable text code of a ("holder", "customs",
// "consignee"), or "%!Actor(n)".
func (a Actor) String() string { return actorCodes.String(a) }

// AppendText appends the text code of a to b.
func (a Actor) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(actorCodes, "Actor", b, a)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (a Actor) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (a *Actor) UnmarshalText(text []byte) error {
	v, err := enumParse(actorCodes, "Actor", text)
	if err != nil {
		return err
	}
	*a = v
	return nil
}
