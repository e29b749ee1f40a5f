; JSX port patterns (.js, .jsx, .tsx).

; <DevServer port={3000} />   <Proxy port="8080" />   <Server port={process.env.PORT || 3000} />
((jsx_attribute
   (property_identifier) @name
   [(jsx_expression (_) @port) (string) @port]) @occurrence.property
 (#port-name? @name))

; <p>Open http://localhost:3000 in a browser</p>
(jsx_text) @string
