package server

import (
	"net/http"
	"strconv"
	"time"
)

// RateLimit answers 429 with Retry-After to the /api/run and /api/share
// requests that allow refuses (the worker asks Cloudflare's rate-limiting
// binding, per client), and passes every other request on to h.
func RateLimit(h http.Handler, allow func(r *http.Request) bool, retry time.Duration) http.Handler {
	return secure(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && (r.URL.Path == "/api/run" || r.URL.Path == "/api/share") && !allow(r) {
			if r.URL.Path == "/api/run" {
				w.Header().Set("Access-Control-Allow-Origin", "*") // as cors does: any page may read why
			}
			TooMany(w, retry, "too many requests from your address: try again in "+retry.String())
			return
		}
		h.ServeHTTP(w, r)
	}))
}

// TooMany is a JSON 429 with Retry-After, the seconds to wait rounded up.
func TooMany(w http.ResponseWriter, retry time.Duration, msg string) {
	w.Header().Set("Retry-After", strconv.Itoa(int((retry+time.Second-1)/time.Second)))
	fail(w, http.StatusTooManyRequests, msg)
}
