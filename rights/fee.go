package rights

import (
	"fmt"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/internal/textcode"
)

// FeeKind is what a recordation fee is charged for (Measures (2009
// numbering) art 8). The zero FeeKind is [FeeKindUnknown].
type FeeKind uint8

// The fee kinds. Do not reorder.
const (
	// FeeKindUnknown is the zero FeeKind: not set. A FeeRate with it is
	// invalid, and it has no text code.
	FeeKindUnknown FeeKind = iota
	// FeeRecordation: a first recordation, or a new recordation after the
	// previous one lapsed (Measures art 8).
	FeeRecordation
	// FeeRenewal: a renewal of a recordation; always free (Measures art 8).
	FeeRenewal
	// FeeChange: a change of a recordation; always free (Measures art 8).
	FeeChange
)

var feeKindCodes = textcode.New[FeeKind]("FeeKind", []string{
	FeeRecordation: "recordation",
	FeeRenewal:     "renewal",
	FeeChange:      "change",
})

// IsValid reports whether k is one of the kinds above other than
// FeeKindUnknown.
func (k FeeKind) IsValid() bool { return feeKindCodes.Valid(k) }

// String returns the stable text code of k ("recordation", "renewal",
// "change"), or "%!FeeKind(n)".
func (k FeeKind) String() string { return feeKindCodes.String(k) }

// AppendText appends the text code of k to b.
func (k FeeKind) AppendText(b []byte) ([]byte, error) {
	return enumAppendText(feeKindCodes, "FeeKind", b, k)
}

// MarshalText implements [encoding.TextMarshaler] with the text code.
func (k FeeKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText implements [encoding.TextUnmarshaler], accepting the text
// codes in any letter case; on error the receiver is unchanged.
func (k *FeeKind) UnmarshalText(text []byte) error {
	v, err := enumParse(feeKindCodes, "FeeKind", text)
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// FeeRate is one rate of a [FeeSchedule]: the fee for Kind, in whole yuan
// (RMB; the only rate the law ever set, 800, is whole), for applications
// filed from EffectiveFrom inclusive until EffectiveUntil exclusive (the
// zero Date: still in effect), with its legal source.
type FeeRate struct {
	// Kind is what the rate is charged for, required; Yuan the fee in
	// whole yuan, zero or more. EffectiveFrom is the first day of filing
	// the rate applies to, a valid date; EffectiveUntil the day it stops
	// applying, after EffectiveFrom, or the zero Date while it is in
	// effect. Rates of one Kind must not overlap. Source is the legal
	// source, such as "Measures (2009 numbering) art 8", required, at most
	// 1024 bytes.
	Kind           FeeKind
	Yuan           int64
	EffectiveFrom  calendar.Date
	EffectiveUntil calendar.Date
	Source         string
}

// covers reports whether the rate applies on day d.
func (f FeeRate) covers(d calendar.Date) bool {
	return !d.Before(f.EffectiveFrom) && (f.EffectiveUntil.IsZero() || d.Before(f.EffectiveUntil))
}

// FeeSchedule is an effective-dated table of recordation fees. Use
// [DefaultFees], or build your own to correct or extend it; no rate of
// this package is a global that can be changed. It holds at most
// [MaxRates] rates.
type FeeSchedule struct {
	// Rates are the rates, in any order, at most [MaxRates]; for each kind
	// the rates cover disjoint periods.
	Rates []FeeRate
}

// MaxRates bounds the rates of a [FeeSchedule]. The law has set four
// (see [DefaultFees]); the bound exists to reject absurd input, so that
// [FeeSchedule.Validate], which compares every pair of rates, stays fast.
const MaxRates = 100

var (
	regs2004InForce = calendar.Date{Year: 2004, Month: time.March, Day: 1}
	feeSuspended    = calendar.Date{Year: 2015, Month: time.November, Day: 1}
)

// DefaultFees returns the recordation fees since the 2003 Regulations
// took effect on 2004-03-01 (R-REC-10) [S]:
//
//	Kind         Yuan  From        Until       Source
//	recordation   800  2004-03-01  2015-11-01  Regs (2003) art 32; Measures art 8
//	recordation     0  2015-11-01  -           GACC Ann. 2015 No. 51 (fee suspended)
//	renewal         0  2004-03-01  -           Measures art 8
//	change          0  2004-03-01  -           Measures art 8
//
// Each call returns a new schedule, which the caller may change freely.
func DefaultFees() FeeSchedule {
	return FeeSchedule{Rates: []FeeRate{
		{FeeRecordation, 800, regs2004InForce, feeSuspended, "Regs (2003) art 32; Measures (2009 numbering) art 8"},
		{FeeRecordation, 0, feeSuspended, calendar.Date{}, "GACC Announcement 2015 No. 51 (fee suspended from 2015-11-01)"},
		{FeeRenewal, 0, regs2004InForce, calendar.Date{}, "Measures (2009 numbering) art 8"},
		{FeeChange, 0, regs2004InForce, calendar.Date{}, "Measures (2009 numbering) art 8"},
	}}
}

// Validate reports every problem of s at once, as [FieldErrors] matching
// [ErrInvalidFees]: a rate with an unknown kind, a negative amount, an
// invalid or reversed date range or a missing source, and a rate that
// overlaps an earlier rate of its kind (the first one it overlaps). More
// than [MaxRates] rates is a single problem, on the field "rates", and
// the rates are then not checked one by one.
func (s FeeSchedule) Validate() error {
	p := problems{class: ErrInvalidFees}
	if len(s.Rates) > MaxRates {
		p.add("rates", fmt.Sprint(len(s.Rates)), fmt.Sprintf("more than %d rates", MaxRates))
		return p.err()
	}
	for i, f := range s.Rates {
		field := func(leaf string) string { return fmt.Sprintf("rates[%d].%s", i, leaf) }
		if !f.Kind.IsValid() {
			p.add(field("kind"), f.Kind.String(), "unknown fee kind")
		}
		if f.Yuan < 0 {
			p.add(field("yuan"), fmt.Sprint(f.Yuan), "negative")
		}
		if !f.EffectiveFrom.IsValid() {
			p.add(field("effective_from"), f.EffectiveFrom.String(), "not a valid date")
			continue
		}
		if !f.EffectiveUntil.IsZero() && (!f.EffectiveUntil.IsValid() || !f.EffectiveUntil.After(f.EffectiveFrom)) {
			p.add(field("effective_until"), f.EffectiveUntil.String(), "not a valid date after effective_from")
			continue
		}
		p.text(field("source"), f.Source, maxTextBytes, true)
		for j, g := range s.Rates[:i] {
			if g.Kind == f.Kind && g.EffectiveFrom.IsValid() && overlap(f, g) {
				p.add(field("effective_from"), f.EffectiveFrom.String(), fmt.Sprintf("overlaps rates[%d]", j))
				break
			}
		}
	}
	return p.err()
}

func overlap(f, g FeeRate) bool {
	return (g.EffectiveUntil.IsZero() || f.EffectiveFrom.Before(g.EffectiveUntil)) &&
		(f.EffectiveUntil.IsZero() || g.EffectiveFrom.Before(f.EffectiveUntil))
}

// Fee returns the fee in whole yuan for an application of kind filed on
// the day applied: RMB 800 for a recordation applied for before
// 2015-11-01 and nothing from that day with [DefaultFees] (Measures art 8;
// GACC Ann. 2015 No. 51; R-REC-10). It fails with the schedule's
// problems ([ErrInvalidFees]), or an error matching [ErrNoFee] if no rate
// covers the day.
func (s FeeSchedule) Fee(kind FeeKind, applied calendar.Date) (int64, error) {
	if err := s.Validate(); err != nil {
		return 0, err
	}
	for _, f := range s.Rates {
		if f.Kind == kind && f.covers(applied) {
			return f.Yuan, nil
		}
	}
	return 0, fmt.Errorf("rights: no %s fee rate covers %s: %w", kind, applied, ErrNoFee)
}
