package main

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/iprborder/iprborder/calendar"
)

// The load test of the service: POST /v1/storage-cost with the port
// warehouse example (two standards, nine lines, the confiscation cap), the
// request the service exists for, sent by loadClients keep-alive clients
// to the real server on a loopback port. Each op is one request, so
// -benchtime 20000x sends 20,000 and -benchtime 1x (CI) one; whatever
// b.N, the run stops after loadMaxTime. The target on a 2-core machine,
// clients and server sharing it: at least 5,000 requests a second with a
// p99 latency of at most 5 ms.
//
//	go test ./examples/costservice -run '^$' -bench StorageCostLoad -benchtime 20000x
//
// The sub-benchmarks measure in the same run what the service does
// (loopback: keep-alive clients, the memo of parsed schedules of memo.go)
// against the naive baselines, parsing the tariff with every request
// (loopback-no-memo) and a new connection for every request as well;
// in-process is the floor, the handler called without network or HTTP
// parsing.
const (
	loadClients = 4
	loadMaxTime = 10 * time.Second
)

func BenchmarkStorageCostLoad(b *testing.B) {
	body := []byte(readFile(b, "storage-cost.json"))
	b.Run("loopback", func(b *testing.B) { benchLoopback(b, body, memoSchedules, false) })
	b.Run("loopback-no-memo", func(b *testing.B) { benchLoopback(b, body, 0, false) })
	b.Run("loopback-no-memo-new-connection-per-request", func(b *testing.B) { benchLoopback(b, body, 0, true) })
	b.Run("in-process", func(b *testing.B) {
		h := newServer(config{Calendar: calendar.China(), Logger: slogJSON(io.Discard), MemoSchedules: memoSchedules})
		b.ReportAllocs()
		b.SetParallelism(loadClients / 2) // loadClients goroutines on 2 cores
		start := time.Now()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				req := httptest.NewRequest("POST", "/v1/storage-cost", bytes.NewReader(body))
				req.Header.Set("Content-Type", jsonType)
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Errorf("status %d: %s", rec.Code, rec.Body)
					return
				}
			}
		})
		b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
	})
}

// benchLoopback sends b.N requests to the real server from loadClients
// clients and reports the throughput and the latency percentiles.
func benchLoopback(b *testing.B, body []byte, memo int, newConnections bool) {
	logger := slogJSON(io.Discard) // JSON request logs, as in production, but not printed.
	srv := newHTTPServer(newServer(config{Calendar: calendar.China(), Logger: logger, MemoSchedules: memo}), logger)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()
	tr := &http.Transport{
		MaxIdleConnsPerHost: loadClients,
		MaxConnsPerHost:     loadClients,
		DisableKeepAlives:   newConnections,
		DisableCompression:  true,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: loadMaxTime}
	url := "http://" + ln.Addr().String() + "/v1/storage-cost"
	send := func() (time.Duration, bool) {
		t0 := time.Now()
		req, err := http.NewRequest("POST", url, bytes.NewReader(body))
		if err != nil {
			b.Error(err)
			return 0, false
		}
		req.Header.Set("Content-Type", jsonType)
		resp, err := client.Do(req)
		if err != nil {
			b.Error(err)
			return 0, false
		}
		n, _ := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || n < 1000 {
			b.Errorf("status %d, %d bytes", resp.StatusCode, n)
			return 0, false
		}
		return time.Since(t0), true
	}
	// Warm up: open the clients' connections.
	var wg sync.WaitGroup
	for c := 0; c < loadClients; c++ {
		wg.Add(1)
		go func() { defer wg.Done(); send() }()
	}
	wg.Wait()

	latencies := make([][]time.Duration, loadClients)
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	stop := start.Add(loadMaxTime)
	for c := 0; c < loadClients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for next.Add(1) <= int64(b.N) && time.Now().Before(stop) {
				d, ok := send()
				if !ok {
					return
				}
				latencies[c] = append(latencies[c], d)
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()

	var all []time.Duration
	for _, l := range latencies {
		all = append(all, l...)
	}
	if len(all) == 0 {
		return
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	pct := func(p int) float64 { return float64(all[(len(all)-1)*p/100]) / float64(time.Millisecond) }
	// ns/op per request sent, which is fewer than b.N if the time ran out.
	b.ReportMetric(float64(elapsed.Nanoseconds())/float64(len(all)), "ns/op")
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "req/s")
	b.ReportMetric(pct(50), "p50-ms")
	b.ReportMetric(pct(99), "p99-ms")
	if len(all) < b.N {
		b.Logf("stopped after %s: %d of %d requests", loadMaxTime, len(all), b.N)
	}
}
