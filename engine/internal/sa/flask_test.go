package sa

import "testing"

func TestSnakeCase(t *testing.T) {
	for in, want := range map[string]string{"BlogPost": "blog_post", "HTTPServer": "http_server", "User": "user", "Item2Tag": "item2_tag", "ABC": "abc"} {
		if got := snakeCase(in); got != want {
			t.Errorf("snakeCase(%q) = %q, want %q", in, got, want)
		}
	}
}
