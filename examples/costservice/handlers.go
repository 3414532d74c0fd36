package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/storagecost"
	"github.com/shopspring/decimal"
)

// storageCostRequest is the body of POST /v1/storage-cost: a warehouse's
// schedule of standards, in the JSON of storagecost.ParseSchedule (an
// array, as a warehouse publishes its tariffs; one standard is an array
// of one), the facts of the stay, and, for an interim bill, the day to
// bill up to.
type storageCostRequest struct {
	Schedule memoSchedule     `json:"schedule"`
	Stay     storagecost.Stay `json:"stay"`
	AsOf     calendar.Date    `json:"as_of,omitempty"`
}

// storageCostResponse is the itemised bill and its explanation in words.
type storageCostResponse struct {
	Bill        storagecost.Bill `json:"bill"`
	Explanation string           `json:"explanation"`
}

// MarshalJSON writes r with the bill's own JSON as it is: json.Marshal
// would check and compact the output of Bill.MarshalJSON again, a fifth
// of the cost of a request.
func (r storageCostResponse) MarshalJSON() ([]byte, error) {
	bill, err := r.Bill.MarshalJSON()
	if err != nil {
		return nil, err
	}
	explanation, err := json.Marshal(r.Explanation)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(bill)+len(explanation)+27)
	out = append(out, `{"bill":`...)
	out = append(out, bill...)
	out = append(out, `,"explanation":`...)
	out = append(out, explanation...)
	return append(out, '}'), nil
}

// storageCost bills a stay (Regs arts 14, 25; Measures (2009 numbering)
// art 34; R-FEE-1 to R-FEE-3): the final bill of a stay that has ended
// (storagecost.Calculate), or with as_of what it has cost up to that day
// (storagecost.Accrued).
func (s *server) storageCost(req storageCostRequest) (storageCostResponse, *problem) {
	var (
		bill storagecost.Bill
		err  error
	)
	if req.AsOf.IsZero() {
		bill, err = storagecost.Calculate(req.Schedule.Schedule, req.Stay)
	} else {
		bill, err = storagecost.Accrued(req.Schedule.Schedule, req.Stay, req.AsOf)
	}
	var nse *storagecost.NoStandardError
	switch {
	case err == nil:
		return storageCostResponse{Bill: bill, Explanation: bill.Explain()}, nil
	case errors.As(err, &nse):
		return storageCostResponse{}, &problem{Type: typeNoStandard, Title: titleNoStandard, Status: http.StatusUnprocessableEntity,
			Detail: trimPackage(err.Error()) + ": the schedule must cover every day charged",
			Day:    nse.Day.String(),
			Errors: []fieldProblem{{Field: "schedule", Reason: fmt.Sprintf("no standard in effect on %s (%s)", nse.Day, nse.Charge)}}}
	case errors.Is(err, storagecost.ErrInvalidArgument):
		return storageCostResponse{}, invalid(fieldProblem{Field: "as_of", Reason: trimPackage(err.Error()), Value: req.AsOf.String()})
	}
	return storageCostResponse{}, invalid(fieldProblems("stay", err)...)
}

// bondRequest is the body of POST /v1/bond.
type bondRequest struct {
	Track      enforcement.Track `json:"track"`
	GoodsValue decimal.Decimal   `json:"goods_value"`
}

// bondResponse is the bond and the rule that sets it.
type bondResponse struct {
	Track      enforcement.Track `json:"track"`
	GoodsValue string            `json:"goods_value"`
	Bond       string            `json:"bond"`
	Rule       string            `json:"rule"`
	Article    string            `json:"article"`
}

// bondRule cites the rule and the articles that set a track's bond.
func bondRule(t enforcement.Track) (rule, article string) {
	if t == enforcement.ExOfficio {
		return "R-EXO-4", "Measures (2009 numbering) art 23"
	}
	return "R-APP-2", "Regs art 14; Measures (2009 numbering) art 16"
}

// bond computes the bond the holder must post (enforcement.RequiredBond):
// ex officio by the tiers of Measures art 23 (R-EXO-4), upon application
// the goods' value (Regs art 14; R-APP-2).
func (s *server) bond(req bondRequest) (bondResponse, *problem) {
	b, err := enforcement.RequiredBond(req.Track, req.GoodsValue)
	if err != nil {
		var ce *enforcement.CodeError
		if errors.As(err, &ce) {
			return bondResponse{}, invalid(fieldProblem{Field: "track", Reason: trimPackage(err.Error()), Value: req.Track.String()})
		}
		return bondResponse{}, invalid(fieldProblems("", err)...)
	}
	rule, article := bondRule(req.Track)
	return bondResponse{
		Track:      req.Track,
		GoodsValue: req.GoodsValue.StringFixed(2),
		Bond:       b.StringFixed(2),
		Rule:       rule,
		Article:    article,
	}, nil
}

// deadlineRequest is the body of POST /v1/deadline: the trigger day and a
// period, as calendar.Period's JSON or the name of one of the law's
// periods (namedPeriods).
type deadlineRequest struct {
	Trigger calendar.Date `json:"trigger"`
	Period  periodSpec    `json:"period"`
}

// periodSpec is a calendar.Period, or the name of a period of the law.
type periodSpec struct {
	Period calendar.Period
	Name   string // "" for an explicit period
}

// UnmarshalJSON decodes a period's JSON object strictly
// (calendar.Period.UnmarshalJSON), or a name, which the handler looks up.
func (p *periodSpec) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		var name string
		if err := json.Unmarshal(data, &name); err != nil {
			return err
		}
		if name == "" {
			return errors.New("costservice: empty period name (want a period object or one of " + periodNames() + ")")
		}
		*p = periodSpec{Name: name}
		return nil
	}
	var period calendar.Period
	if err := json.Unmarshal(data, &period); err != nil {
		return err
	}
	*p = periodSpec{Period: period}
	return nil
}

// deadlineResponse is when a period ends.
type deadlineResponse struct {
	Trigger calendar.Date `json:"trigger"`
	// Name, About, Article and Rule describe a named period.
	Name    string `json:"name,omitempty"`
	About   string `json:"about,omitempty"`
	Article string `json:"article,omitempty"`
	Rule    string `json:"rule,omitempty"`

	Period calendar.Period `json:"period"`
	// Description is the period in words (calendar.Period.String).
	Description string        `json:"description"`
	LastDay     calendar.Date `json:"last_day"`
	Weekday     string        `json:"weekday"`
	// Ends is 24:00 China Standard Time on the last day, as RFC 3339:
	// the end for an act by post or through a bank.
	Ends string `json:"ends"`
	// EndsInPerson is the close of customs office hours on the last day,
	// the end for an act done in person (Measures art 41).
	EndsInPerson string `json:"ends_in_person"`
	// Rolled reports whether Civil Code art 203 moved the last day off a
	// rest day, from Unrolled.
	Rolled   bool   `json:"rolled"`
	Unrolled string `json:"unrolled,omitempty"`
}

// namedPeriod is one of the law's periods, as enforcement.Rules holds it.
type namedPeriod struct {
	name    string
	about   string // what must happen, from which trigger
	article string
	rule    string
	get     func(enforcement.Rules) calendar.Period
}

// namedPeriods are the periods of enforcement.DefaultRules, with the
// article and rule that set each (enforcement.Rules documents them).
var namedPeriods = []namedPeriod{
	{"reply", "ex officio: the holder applies for detention and posts the bond, counted from service of the suspension notice",
		"Regs art 16; Measures (2009 numbering) arts 22, 23, 41", "R-EXO-2",
		func(r enforcement.Rules) calendar.Period { return r.Reply }},
	{"investigation", "ex officio: customs notifies the result of its investigation, counted from detention",
		"Regs art 20; Measures (2009 numbering) art 28", "R-EXO-6",
		func(r enforcement.Rules) calendar.Period { return r.Investigation }},
	{"court-notice", "upon application: customs releases the goods unless a court's assistance notice arrives, counted from detention",
		"Regs arts 23, 24(1)", "R-APP-4",
		func(r enforcement.Rules) calendar.Period { return r.CourtNotice }},
	{"ex-officio-court-notice", "ex officio: customs releases the goods unless a court's assistance notice arrives or it has found them infringing, counted from detention",
		"Regs arts 23, 24(2); Measures (2009 numbering) art 29", "R-EXO-7",
		func(r enforcement.Rules) calendar.Period { return r.ExOfficioCourtNotice }},
	{"counter-guarantee-suit", "the holder sues after goods are released against a counter-guarantee, counted from service of the release notice",
		"Regs art 19; Measures (2009 numbering) arts 20, 41", "R-REL-2 [U]",
		func(r enforcement.Rules) calendar.Period { return r.CounterGuaranteeSuit }},
	{"preservation", "the holder applies for property preservation, counted from release or court-assisted seizure",
		"Measures (2009 numbering) art 35", "R-FEE-6 [U]",
		func(r enforcement.Rules) calendar.Period { return r.Preservation }},
	{"fee-payment", "the holder pays the storage and disposal fees, counted from receipt of the fee notice",
		"GACC Ann. 2006 No. 31 (letter of guarantee)", "R-FEE-4 [S]",
		func(r enforcement.Rules) calendar.Period { return r.FeePayment }},
	{"fee-cap", "confiscated goods: the last day of storage the holder pays for, counted from service of the confiscation decision (not rolled)",
		"Measures (2009 numbering) art 34", "R-FEE-3 [S]",
		func(r enforcement.Rules) calendar.Period { return r.FeeCap }},
	{"announcement", "an unknown party comes forward, counted from customs' announcement",
		"Penalty Regs art 62(4); Measures (2009 numbering) art 32 [U]", "R-PEN-5",
		func(r enforcement.Rules) calendar.Period { return r.Announcement }},
}

// periodNames lists the names of namedPeriods.
func periodNames() string {
	names := make([]string, len(namedPeriods))
	for i, np := range namedPeriods {
		names[i] = np.name
	}
	return strings.Join(names, ", ")
}

// deadline computes when a period triggered on a day ends on the
// service's calendar (calendar.Period.Deadline): working days from the day
// after the trigger (Measures art 41; Civil Code art 201; R-TIME-2),
// calendar days and months rolled off rest days (Civil Code arts 202-203;
// R-TIME-3). A period that needs a day outside the calendar's official
// data is a not-covered problem, never a guess.
func (s *server) deadline(req deadlineRequest) (deadlineResponse, *problem) {
	resp := deadlineResponse{Trigger: req.Trigger, Period: req.Period.Period}
	if req.Period.Name != "" {
		found := false
		for _, np := range namedPeriods {
			if strings.EqualFold(np.name, req.Period.Name) {
				resp.Name, resp.About, resp.Article, resp.Rule = np.name, np.about, np.article, np.rule
				resp.Period = np.get(s.rules)
				found = true
				break
			}
		}
		if !found {
			return deadlineResponse{}, invalid(fieldProblem{Field: "period", Value: clip(req.Period.Name),
				Reason: "unknown period name (want a period object or one of " + periodNames() + ")"})
		}
	}
	dl, err := resp.Period.Deadline(s.cal, req.Trigger)
	if err != nil {
		var ce *calendar.CoverageError
		if errors.As(err, &ce) {
			return deadlineResponse{}, &problem{Type: typeNotCovered, Title: titleNotCovered, Status: http.StatusUnprocessableEntity,
				Detail: fmt.Sprintf("the period (%s) triggered on %s needs %s, outside the calendar's official data %s to %s: the service never guesses a day the State Council has not announced; start it with -arrangements to load a newly announced year",
					resp.Period, req.Trigger, ce.Day, ce.First, ce.Last),
				Day:      ce.Day.String(),
				Coverage: &coverage{First: ce.First, Last: ce.Last},
				Errors:   []fieldProblem{{Field: "trigger", Value: req.Trigger.String(), Reason: "the period needs " + ce.Day.String() + ", outside the calendar's official data"}}}
		}
		return deadlineResponse{}, invalid(fieldProblems("period", err)...)
	}
	inPerson, err := dl.EndsAt(s.rules.OfficeCloses)
	if err != nil {
		return deadlineResponse{}, invalid(fieldProblems("period", err)...)
	}
	resp.Description = resp.Period.String()
	resp.LastDay = dl.LastDay
	resp.Weekday = dl.LastDay.Weekday().String()
	resp.Ends = dl.Ends().Format(time.RFC3339)
	resp.EndsInPerson = inPerson.Format(time.RFC3339)
	if dl.Rolled() {
		resp.Rolled, resp.Unrolled = true, dl.Unrolled.String()
	}
	return resp, nil
}

// health is the body of GET /healthz.
type health struct {
	Status string `json:"status"`
}

// healthz answers that the service is up. It has no dependency to check:
// the calendar is compiled in and nothing is stored.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, r, http.StatusOK, "application/json", health{Status: "ok"})
}

// openAPI serves the OpenAPI 3.1 document of the service.
func (s *server) openAPI(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", fmt.Sprint(len(openAPIDocument)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(openAPIDocument)
}
