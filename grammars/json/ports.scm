; JSON port patterns. Capture protocol: see grammars/javascript/ports.scm and STYLE.md.

; { "port": 5173 }   { "devPort": "3001" }
((pair
   key: (string (string_content) @name)
   value: [(number) @port (string (string_content) @port)]) @occurrence.property
 (#port-name? @name))

; { "target": "http://localhost:8000" }
(string (string_content) @string)
