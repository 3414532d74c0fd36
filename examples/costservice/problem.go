package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
	"github.com/iprborder/iprborder/storagecost"
)

// The problem types (RFC 9457 section 3.1.1) of the service's own
// problems; README.md documents each under its anchor. Errors of HTTP
// itself (404, 405, 413, 415, 500) are about:blank, whose title is the
// status's reason phrase (RFC 9457 section 4.2.1).
const (
	typeBlank       = "about:blank"
	problemDocs     = "https://github.com/iprborder/iprborder/blob/main/examples/costservice/README.md#"
	typeMalformed   = problemDocs + "malformed-json"
	typeInvalid     = problemDocs + "invalid-input"
	typeNotCovered  = problemDocs + "not-covered"
	typeNoStandard  = problemDocs + "no-standard"
	titleMalformed  = "Malformed JSON"
	titleInvalid    = "Invalid input"
	titleNotCovered = "Outside the calendar's official data"
	titleNoStandard = "No storage standard in effect"
)

// problem is an RFC 9457 problem detail, sent as application/problem+json.
// Errors, Day and Coverage are extension members.
type problem struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail"`
	Instance string `json:"instance,omitempty"`
	// RequestID is the request's X-Request-Id, to find it in the log.
	RequestID string `json:"request_id,omitempty"`
	// Errors names every field at fault, as a JSON path into the request
	// ("stay.goods.volume", "schedule[0].charges[2].rate").
	Errors []fieldProblem `json:"errors,omitempty"`
	// Day is the day a not-covered or no-standard problem is about.
	Day string `json:"day,omitempty"`
	// Coverage is the calendar's official data, for not-covered.
	Coverage *coverage `json:"coverage,omitempty"`
}

// fieldProblem is one field at fault.
type fieldProblem struct {
	Field  string `json:"field"`
	Reason string `json:"reason"`
	Value  string `json:"value,omitempty"`
}

// coverage is the first and last day a calendar has official data for.
type coverage struct {
	First calendar.Date `json:"first"`
	Last  calendar.Date `json:"last"`
}

// invalid is a 422 invalid-input problem for the fields at fault.
func invalid(fields ...fieldProblem) *problem {
	p := &problem{Type: typeInvalid, Title: titleInvalid, Status: http.StatusUnprocessableEntity, Errors: fields}
	switch len(fields) {
	case 0:
		p.Detail = "the request is invalid"
	case 1:
		p.Detail = fields[0].String()
	default:
		p.Detail = fields[0].String() + " (and " + strconv.Itoa(len(fields)-1) + " more: see errors)"
	}
	return p
}

func (f fieldProblem) String() string {
	if f.Field == "" {
		return f.Reason
	}
	return f.Field + ": " + f.Reason
}

// fieldProblems names the fields at fault in err, an error from decoding
// or checking the value at path in the request: each of the library's
// FieldErrors becomes a field under path, any other error is path's own.
func fieldProblems(path string, err error) []fieldProblem {
	var (
		scList storagecost.FieldErrors
		scOne  *storagecost.FieldError
		enList enforcement.FieldErrors
		enOne  *enforcement.FieldError
		te     *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &scList):
		out := make([]fieldProblem, len(scList))
		for i, fe := range scList {
			out[i] = fieldProblem{Field: joinPath(path, fe.Field), Reason: trimPackage(fe.Reason), Value: fe.Value}
		}
		return out
	case errors.As(err, &scOne):
		return []fieldProblem{{Field: joinPath(path, scOne.Field), Reason: trimPackage(scOne.Reason), Value: scOne.Value}}
	case errors.As(err, &enList):
		out := make([]fieldProblem, len(enList))
		for i, fe := range enList {
			out[i] = fieldProblem{Field: joinPath(path, fe.Field), Reason: trimPackage(fe.Reason), Value: fe.Value}
		}
		return out
	case errors.As(err, &enOne):
		return []fieldProblem{{Field: joinPath(path, enOne.Field), Reason: trimPackage(enOne.Reason), Value: enOne.Value}}
	case errors.As(err, &te):
		return []fieldProblem{{Field: joinPath(path, te.Field), Reason: "cannot use a JSON " + te.Value + " here"}}
	}
	return []fieldProblem{{Field: path, Reason: trimPackage(err.Error())}}
}

// joinPath joins a JSON path and a path within the value there. A
// schedule's errors name its standards "standards[i]" or "[i]"; under
// "schedule" both become "schedule[i]".
func joinPath(path, sub string) string {
	if rest, ok := strings.CutPrefix(sub, "standards"); ok && (rest == "" || rest[0] == '[') {
		sub = rest
	}
	switch {
	case sub == "":
		return path
	case path == "":
		return sub
	case sub[0] == '[':
		return path + sub
	}
	return path + "." + sub
}

// trimPackage removes the library's package prefix from an error message:
// the field names where the problem is.
func trimPackage(msg string) string {
	for _, pkg := range []string{"calendar: ", "enforcement: ", "storagecost: ", "costservice: "} {
		if rest, ok := strings.CutPrefix(msg, pkg); ok {
			return rest
		}
	}
	return msg
}

// writeProblem sends p as application/problem+json, filling in its title
// (for about:blank, the status's reason phrase), its instance (the request
// path) and the request id.
func (s *server) writeProblem(w http.ResponseWriter, r *http.Request, p *problem) {
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	p.Instance = r.URL.Path
	p.RequestID = w.Header().Get("X-Request-Id")
	s.writeJSON(w, r, p.Status, "application/problem+json", p)
}

// writeJSON sends v as JSON with the given status and content type, and a
// final newline for terminals.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, status int, contentType string, v any) {
	var data []byte
	var err error
	if m, ok := v.(json.Marshaler); ok {
		data, err = m.MarshalJSON() // Trusted: the service's own types.
	} else {
		data, err = json.Marshal(v)
	}
	if err != nil {
		// Only a value the service built can get here: a bug, not input.
		s.log.Error("encoding the response", "request_id", w.Header().Get("X-Request-Id"), "path", r.URL.Path, "error", err.Error())
		status, contentType = http.StatusInternalServerError, "application/problem+json"
		data, _ = json.Marshal(&problem{Type: typeBlank, Title: http.StatusText(status), Status: status,
			Detail: "the service failed; the request id is in the log", Instance: r.URL.Path, RequestID: w.Header().Get("X-Request-Id")})
	}
	data = append(data, '\n')
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Set("Content-Length", strconv.Itoa(len(data)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(data)
}

// clip shortens text from a request that is echoed in a problem.
func clip(s string) string {
	const most = 80
	if len(s) <= most {
		return s
	}
	return strings.ToValidUTF8(s[:most], "") + "..."
}
