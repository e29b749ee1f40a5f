; Python port patterns. Capture protocol: see grammars/javascript/ports.scm and STYLE.md.

; "http://localhost:8000"   f"redis://{host}:6379"
(string) @string

; # served on http://localhost:8000
(comment) @comment
