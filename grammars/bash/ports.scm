; Shell port patterns. Capture protocol: see grammars/javascript/ports.scm and STYLE.md.

; # curl http://localhost:8000/health
(comment) @comment
