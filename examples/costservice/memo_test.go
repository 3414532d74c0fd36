package main

import (
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/iprborder/iprborder/calendar"
	"github.com/iprborder/iprborder/storagecost"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tariffJSON is a one-standard schedule whose version is v.
func tariffJSON(v string) string {
	return `[{"version":"` + v + `","issuer":"W","effective_from":"2024-01-01","charges":[{"kind":"storage","basis":"m3","per":"day","rate":"1"}]}]`
}

func TestScheduleMemo(t *testing.T) {
	t.Run("remembers the parsed schedule", func(t *testing.T) {
		m := newScheduleMemo(2)
		a, err := m.parse([]byte(tariffJSON("A")))
		require.NoError(t, err)
		again, err := m.parse([]byte(tariffJSON("A")))
		require.NoError(t, err)
		want, err := storagecost.ParseSchedule([]byte(tariffJSON("A")))
		require.NoError(t, err)
		assert.True(t, want.Equal(a) && want.Equal(again))
		assert.Equal(t, 1, m.len())
	})
	t.Run("forgets the oldest when full", func(t *testing.T) {
		m := newScheduleMemo(3)
		for i := 0; i < 10; i++ {
			_, err := m.parse([]byte(tariffJSON(fmt.Sprint(i))))
			require.NoError(t, err)
			assert.LessOrEqual(t, m.len(), 3)
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		for i := 0; i < 10; i++ {
			_, ok := m.byJSON[tariffJSON(fmt.Sprint(i))]
			assert.Equalf(t, i >= 7, ok, "schedule %d remembered", i)
		}
	})
	t.Run("does not remember errors or large schedules", func(t *testing.T) {
		m := newScheduleMemo(3)
		for i := 0; i < 2; i++ {
			_, err := m.parse([]byte(`[]`))
			assert.ErrorIs(t, err, storagecost.ErrInvalidStandard)
		}
		large := strings.Replace(tariffJSON("L"), `"W"`, `"W"`+strings.Repeat(" ", memoMaxBytes), 1)
		_, err := m.parse([]byte(large))
		require.NoError(t, err)
		assert.Equal(t, 0, m.len())
	})
	t.Run("none", func(t *testing.T) {
		var m *scheduleMemo = newScheduleMemo(0)
		_, err := m.parse([]byte(tariffJSON("A")))
		require.NoError(t, err)
		assert.Equal(t, 0, m.len())
	})
	t.Run("concurrent use", func(t *testing.T) {
		m := newScheduleMemo(4)
		var wg sync.WaitGroup
		for g := 0; g < 8; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for i := 0; i < 50; i++ {
					v := fmt.Sprint((g + i) % 6)
					s, err := m.parse([]byte(tariffJSON(v)))
					if assert.NoError(t, err) {
						std, _ := s.At(calendar.MustParseDate("2024-06-01"))
						assert.Equal(t, v, std.Version)
					}
				}
			}(g)
		}
		wg.Wait()
		assert.LessOrEqual(t, m.len(), 4)
	})
}

// A server that remembers schedules answers every request as one that
// does not: the same bills, the same problems.
func TestScheduleMemo_sameAnswers(t *testing.T) {
	memo := newTestServer(nil)
	none := newServer(config{Calendar: calendar.China()})
	bodies := []string{
		readFile(t, "storage-cost.json"),
		storageCostBody(t, `{"goods":{"volume":"12.5","weight":"1850"},"detained":"2026-11-02"}`, `"as_of":"2026-11-30"`),
		storageCostBody(t, `{"goods":{"volume":"12.5"},"detained":"2026-11-02","outcome":"released","end":"2026-11-10"}`, ""),
		`{"schedule":` + tariffJSON("A") + `,"stay":{"goods":{"volume":"2"},"detained":"2024-03-04","outcome":"released","end":"2024-03-06"}}`,
		`{"schedule":` + tariffJSON("A") + `,"stay":{"goods":{"volume":"2"},"detained":"2023-03-04","outcome":"released","end":"2024-03-06"}}`,
		`{"schedule":[],"stay":{"detained":"2024-03-04"}}`,
	}
	for round := 0; round < 2; round++ { // The second round hits the memo.
		for i, body := range bodies {
			a := do(t, memo, "POST", "/v1/storage-cost", jsonType, body)
			b := do(t, none, "POST", "/v1/storage-cost", jsonType, body)
			assert.Equal(t, b.status, a.status, "body %d", i)
			a.json["request_id"], b.json["request_id"] = nil, nil
			assert.Equal(t, b.json, a.json, "body %d", i)
		}
	}
	assert.Equal(t, http.StatusOK, do(t, memo, "POST", "/v1/storage-cost", jsonType, bodies[0]).status)
}
