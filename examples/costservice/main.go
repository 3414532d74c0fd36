// Command costservice serves the library's calculators as a JSON HTTP API,
// with the standard library only:
//
//	POST /v1/storage-cost  a warehouse's schedule and a stay -> the itemised bill (storagecost)
//	POST /v1/bond          a track and the goods' value -> the bond (enforcement.RequiredBond)
//	POST /v1/deadline      a trigger day and a period -> its last day (calendar, enforcement.Rules)
//	GET  /healthz          {"status":"ok"}
//	GET  /openapi.json     the OpenAPI 3.1 description of all of the above
//
// Errors are RFC 9457 problem details (application/problem+json) that
// name every field at fault. The service is stateless: the calendar is
// compiled in (and any year loaded with -arrangements at start-up), and
// nothing is stored (a memo of parsed tariffs, memo.go, changes no
// answer), so any number of copies can run behind a load balancer.
//
//	go run ./examples/costservice
//	go run ./examples/costservice -addr 127.0.0.1:9090
//	go run ./examples/costservice -arrangements next-year.json
//
// It listens on 127.0.0.1:8080 by default, logs each request as JSON on
// standard error (log/slog), and on SIGINT or SIGTERM stops accepting
// connections, finishes the requests in flight (for at most 10 seconds)
// and exits 0. README.md shows a curl session.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"

	"github.com/iprborder/iprborder/calendar"
)

func main() {
	err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr)
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.As(err, new(usageError)):
		os.Exit(2)
	}
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}

// usageError is a bad command line; flag has already said why.
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// run is the whole program, with its context, arguments and outputs passed
// in so that tests can drive it. It serves until ctx is done or the
// process gets SIGINT or SIGTERM, then shuts down gracefully and returns
// nil.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("costservice", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "the `host:port` to listen on")
	extra := fs.String("arrangements", "", "a JSON `file` of further year arrangements to load into the calendar (the format of calendar.ParseArrangements)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		err := fmt.Errorf("costservice: unexpected arguments %q", fs.Args())
		fmt.Fprintln(stderr, err)
		return usageError{err}
	}

	cal := calendar.China()
	if *extra != "" {
		data, err := os.ReadFile(*extra)
		if err != nil {
			return fmt.Errorf("costservice: %w", err)
		}
		arrs, err := calendar.ParseArrangements(data)
		if err == nil {
			cal, err = cal.With(arrs...)
		}
		if err != nil {
			return fmt.Errorf("costservice: %s: %w", *extra, err)
		}
	}

	logger := slog.New(slog.NewJSONHandler(stderr, nil))
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("costservice: %w", err)
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := newHTTPServer(newServer(config{Calendar: cal, Logger: logger, MemoSchedules: memoSchedules}), logger)
	first, last := cal.Coverage()
	logger.Info("listening", "addr", ln.Addr().String(), "calendar_first", first.String(), "calendar_last", last.String())
	fmt.Fprintf(stdout, "costservice: listening on http://%s (calendar %s to %s); stop with Ctrl-C\n", ln.Addr(), first, last)
	return serve(ctx, srv, ln, logger)
}

// serve serves srv on ln until ctx is done, then shuts it down: it stops
// accepting connections, closes idle ones, waits up to shutdownTimeout for
// the requests in flight, and returns nil if they all finished.
func serve(ctx context.Context, srv *http.Server, ln net.Listener, logger *slog.Logger) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("costservice: %w", err)
	case <-ctx.Done():
	}
	logger.Info("shutting down", "cause", context.Cause(ctx).Error())
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		_ = srv.Close()
		return fmt.Errorf("costservice: shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("costservice: %w", err)
	}
	logger.Info("stopped")
	return nil
}
