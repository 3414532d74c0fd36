package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/enforcement"
)

// Limits and timeouts of the service. Every input is bounded: a body by
// maxBodyBytes, headers by maxHeaderBytes, the time to send them by the
// read timeouts.
const (
	// maxBodyBytes bounds a request body: 1 MiB, the most storagecost
	// reads of a schedule's JSON.
	maxBodyBytes = 1 << 20
	// maxHeaderBytes bounds the request line and headers.
	maxHeaderBytes = 64 << 10

	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second // headers and a 1 MiB body on a slow link
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second // a keep-alive connection waiting for its next request
	// shutdownTimeout is how long a graceful shutdown waits for requests in
	// flight before it closes their connections.
	shutdownTimeout = 10 * time.Second
)

// config is what a server is built from. The zero config is not usable:
// the calendar is required.
type config struct {
	// Calendar is the working-day calendar deadlines are counted on,
	// calendar.China() with any year loaded at start-up.
	Calendar calendar.Calendar
	// Logger receives one record per request, and any panic.
	Logger *slog.Logger
	// MaxBodyBytes bounds a request body; zero means maxBodyBytes.
	MaxBodyBytes int64
	// MemoSchedules is how many parsed schedules to remember (memo.go);
	// zero for none.
	MemoSchedules int
}

// server answers the service's routes. Every answer is a pure function of
// the request and of the calendar and rules fixed at start-up; what a
// request changes, the request counter and the memo of parsed schedules,
// changes no answer. So any number of servers can run behind a load
// balancer.
type server struct {
	cal     calendar.Calendar
	rules   enforcement.Rules
	log     *slog.Logger
	maxBody int64
	paths   map[string][]route // routes by path, in table order
	// schedules remembers parsed schedules; nil for none. Remembering one
	// changes no answer (memo.go).
	schedules *scheduleMemo

	idPrefix string        // random per server, so ids from several servers do not collide
	idSeq    atomic.Uint64 // the request counter
}

// newServer returns the service's handler: the routes of the table
// routes(), behind the middleware that names, logs and guards every
// request.
func newServer(cfg config) http.Handler {
	s := newServerValue(cfg)
	return s.middleware(http.HandlerFunc(s.dispatch))
}

// newServerValue builds the server behind newServer.
func newServerValue(cfg config) *server {
	s := &server{
		cal:     cfg.Calendar,
		rules:   enforcement.DefaultRules(cfg.Calendar),
		log:     cfg.Logger,
		maxBody: cfg.MaxBodyBytes,
		paths:   map[string][]route{},

		schedules: newScheduleMemo(cfg.MemoSchedules),
	}
	if s.log == nil {
		s.log = slog.New(slog.NewJSONHandler(io.Discard, nil))
	}
	if s.maxBody <= 0 {
		s.maxBody = maxBodyBytes
	}
	var b [4]byte
	_, _ = rand.Read(b[:]) // Never fails from Go 1.24; a zero prefix would only make ids less unique.
	s.idPrefix = hex.EncodeToString(b[:])
	for _, rt := range routes() {
		s.paths[rt.path] = append(s.paths[rt.path], rt)
	}
	return s
}

// newHTTPServer returns the http.Server that serves h, with every timeout
// and limit set: a client that sends its headers slowly, never finishes its
// body or holds an idle connection open is cut off.
func newHTTPServer(h http.Handler, logger *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    maxHeaderBytes,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
}

// route is one operation of the service: a method on a path. The table
// routes() is the one source of the routes: the server dispatches on it,
// and the tests check /openapi.json against it.
type route struct {
	method string
	path   string
	// request is the type of the JSON body, nil for a route that takes
	// none; fields are its members, as decodeObject reads them.
	request reflect.Type
	fields  []field
	// response is the type of the 200 response's body, nil for one the
	// handler writes itself.
	response reflect.Type
	serve    func(s *server, w http.ResponseWriter, r *http.Request)
}

// routes returns the service's routes.
func routes() []route {
	return []route{
		postRoute("/v1/storage-cost", (*server).storageCost),
		postRoute("/v1/bond", (*server).bond),
		postRoute("/v1/deadline", (*server).deadline),
		getRoute("/healthz", (*server).healthz, reflect.TypeOf(health{})),
		getRoute("/openapi.json", (*server).openAPI, nil),
	}
}

// postRoute is a route that decodes a JSON body of type Req strictly and
// answers h's result, of type Resp, as JSON.
func postRoute[Req, Resp any](path string, h func(*server, Req) (Resp, *problem)) route {
	t := reflect.TypeOf((*Req)(nil)).Elem()
	fields := requestFields(t)
	return route{
		method:   http.MethodPost,
		path:     path,
		request:  t,
		fields:   fields,
		response: reflect.TypeOf((*Resp)(nil)).Elem(),
		serve: func(s *server, w http.ResponseWriter, r *http.Request) {
			var req Req
			if p := s.readRequest(r, fields, &req); p != nil {
				s.writeProblem(w, r, p)
				return
			}
			resp, p := h(s, req)
			if p != nil {
				s.writeProblem(w, r, p)
				return
			}
			s.writeJSON(w, r, http.StatusOK, "application/json", resp)
		},
	}
}

// getRoute is a route without a body, whose handler writes a response of
// type response.
func getRoute(path string, h func(*server, http.ResponseWriter, *http.Request), response reflect.Type) route {
	return route{method: http.MethodGet, path: path, response: response, serve: h}
}

// dispatch routes a request by path, then by method. It does not use
// http.ServeMux's method patterns, which need Go 1.22 semantics: the
// module says go 1.21.
func (s *server) dispatch(w http.ResponseWriter, r *http.Request) {
	rts, ok := s.paths[r.URL.Path]
	if !ok {
		s.writeProblem(w, r, &problem{Type: typeBlank, Status: http.StatusNotFound,
			Detail: fmt.Sprintf("no route %q: see /openapi.json for the routes", clip(r.URL.Path))})
		return
	}
	allowed := make([]string, 0, len(rts))
	for _, rt := range rts {
		if rt.method == r.Method {
			rt.serve(s, w, r)
			return
		}
		allowed = append(allowed, rt.method)
	}
	allow := strings.Join(allowed, ", ")
	w.Header().Set("Allow", allow)
	s.writeProblem(w, r, &problem{Type: typeBlank, Status: http.StatusMethodNotAllowed,
		Detail: fmt.Sprintf("method %s not allowed on %s: use %s", clip(r.Method), r.URL.Path, allow)})
}

// middleware gives every request an id (X-Request-Id: the client's, if it
// is a plain token, else a new one), logs it when it is done, and turns a
// panic into a 500 problem, logged with its stack, so that none reaches
// the client as a dropped connection.
func (s *server) middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if !validRequestID(id) {
			id = s.idPrefix + "-" + strconv.FormatUint(s.idSeq.Add(1), 10)
		}
		rec := &recorder{ResponseWriter: w}
		rec.Header().Set("X-Request-Id", id)
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "request_id", id, "method", r.Method, "path", r.URL.Path,
					"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if !rec.wroteHeader {
					s.writeProblem(rec, r, &problem{Type: typeBlank, Status: http.StatusInternalServerError,
						Detail: "the service failed; the request id is in the log"})
				}
			}
			s.log.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("request_id", id),
				slog.String("method", r.Method),
				slog.String("path", r.URL.Path),
				slog.Int("status", rec.status()),
				slog.Duration("duration", time.Since(start)),
				slog.Int64("bytes", rec.bytes),
			)
		}()
		next.ServeHTTP(rec, r)
	})
}

// validRequestID reports whether a client's request id can be echoed and
// logged as it is: 1 to 64 letters, digits and ".-_:".
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_' || c == ':') {
			return false
		}
	}
	return true
}

// recorder remembers a response's status and size for the log.
type recorder struct {
	http.ResponseWriter
	code        int
	wroteHeader bool
	bytes       int64
}

func (r *recorder) WriteHeader(code int) {
	if !r.wroteHeader {
		r.code, r.wroteHeader = code, true
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if !r.wroteHeader {
		r.code, r.wroteHeader = http.StatusOK, true
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

// status is the status sent, 200 if the handler wrote nothing.
func (r *recorder) status() int {
	if !r.wroteHeader {
		return http.StatusOK
	}
	return r.code
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
