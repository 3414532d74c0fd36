package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"net/http"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// started is a run of the program in the background.
type started struct {
	addr           string // the address it listens on
	stdout, stderr *syncBuffer
	done           chan error
}

// start runs the program with args (and -addr 127.0.0.1:0) until ctx is
// done, and waits until it listens.
func start(t *testing.T, ctx context.Context, args ...string) *started {
	t.Helper()
	s := &started{stdout: new(syncBuffer), stderr: new(syncBuffer), done: make(chan error, 1)}
	go func() { s.done <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), s.stdout, s.stderr) }()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, line := range strings.Split(s.stderr.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "listening" {
				s.addr = rec.Addr
				return s
			}
		}
		select {
		case err := <-s.done:
			t.Fatalf("run returned %v before listening; stderr:\n%s", err, s.stderr)
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatalf("run did not listen within 10 s; stderr:\n%s", s.stderr)
	return nil
}

// wait returns what run returned, failing if it does not return soon.
func (s *started) wait(t *testing.T) error {
	t.Helper()
	select {
	case err := <-s.done:
		return err
	case <-time.After(15 * time.Second):
		t.Fatal("run did not return within 15 s of the shutdown")
		return nil
	}
}

func (s *started) post(t *testing.T, path, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post("http://"+s.addr+path, jsonType, strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	var v map[string]any
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&v))
	return resp.StatusCode, v
}

func TestRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := start(t, ctx)

	resp, err := http.Get("http://" + s.addr + "/healthz")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.JSONEq(t, `{"status":"ok"}`, string(body))

	status, v := s.post(t, "/v1/storage-cost", readFile(t, "storage-cost.json"))
	assert.Equal(t, http.StatusOK, status)
	assert.Equal(t, "4910.00", v["bill"].(map[string]any)["total"])

	cancel()
	require.NoError(t, s.wait(t))
	assert.Contains(t, s.stdout.String(), "listening on http://"+s.addr)
	assert.Contains(t, s.stderr.String(), `"msg":"shutting down"`)
	assert.Contains(t, s.stderr.String(), `"msg":"stopped"`)
	assert.Contains(t, s.stderr.String(), `"path":"/v1/storage-cost","status":200`)
	_, err = http.Get("http://" + s.addr + "/healthz")
	assert.Error(t, err, "the service no longer listens")
}

// A request in flight when the shutdown begins is answered before run
// returns.
func TestRun_gracefulShutdown(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := start(t, ctx)

	body := `{"track":"ex-officio","goods_value":"150000.00"}`
	pr, pw := io.Pipe()
	req, err := http.NewRequest("POST", "http://"+s.addr+"/v1/bond", pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", jsonType)
	req.ContentLength = int64(len(body))
	type result struct {
		status int
		body   []byte
		err    error
	}
	got := make(chan result, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			got <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		got <- result{resp.StatusCode, b, err}
	}()
	_, err = io.WriteString(pw, body[:10]) // The request is now in flight.
	require.NoError(t, err)
	time.Sleep(100 * time.Millisecond)

	cancel()
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-s.done:
		t.Fatalf("run returned %v with a request in flight", err)
	default:
	}
	_, err = io.WriteString(pw, body[10:])
	require.NoError(t, err)
	require.NoError(t, pw.Close())

	r := <-got
	require.NoError(t, r.err)
	assert.Equal(t, http.StatusOK, r.status)
	assert.Contains(t, string(r.body), `"bond":"75000.00"`)
	require.NoError(t, s.wait(t))
}

// SIGTERM, as an orchestrator sends it, shuts the service down
// gracefully and run returns nil (exit code 0).
func TestRun_SIGTERM(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	s := start(t, context.Background())
	p, err := os.FindProcess(os.Getpid())
	require.NoError(t, err)
	require.NoError(t, p.Signal(syscall.SIGTERM))
	require.NoError(t, s.wait(t))
	assert.Contains(t, s.stderr.String(), `"msg":"stopped"`)
}

// -arrangements loads a year the compiled-in calendar lacks (made-up test
// data for 2028).
func TestRun_arrangements(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := start(t, ctx, "-arrangements", "testdata/2028-test.json")
	status, v := s.post(t, "/v1/deadline", `{"trigger":"2027-12-24","period":{"count":10,"unit":"working-days"}}`)
	assert.Equal(t, http.StatusOK, status, v)
	assert.Equal(t, "2028-01-10", v["last_day"])
	cancel()
	require.NoError(t, s.wait(t))
}

func TestRun_errors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		usage  bool
		stderr string
		err    string
	}{
		{"help", []string{"-h"}, false, "-addr host:port", ""},
		{"unknown flag", []string{"-port", "80"}, true, "flag provided but not defined: -port", ""},
		{"stray argument", []string{"serve"}, true, `unexpected arguments ["serve"]`, ""},
		{"bad address", []string{"-addr", "nowhere"}, false, "", "missing port in address"},
		{"missing file", []string{"-arrangements", "testdata/nope.json"}, false, "", "no such file"},
		{"invalid file", []string{"-arrangements", "main.go"}, false, "", "arrangement JSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), tc.args, &stdout, &stderr)
			require.Error(t, err)
			assert.Equal(t, tc.usage, errors.As(err, new(usageError)), "usage error: %v", err)
			if tc.name == "help" {
				assert.ErrorIs(t, err, flag.ErrHelp)
			}
			assert.Contains(t, stderr.String(), tc.stderr)
			assert.Contains(t, err.Error(), tc.err)
			if tc.err != "" {
				assert.True(t, strings.HasPrefix(err.Error(), "costservice: "), err.Error())
			}
			assert.Empty(t, stdout.String())
		})
	}
}
