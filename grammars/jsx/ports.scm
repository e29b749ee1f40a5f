; JSX port patterns (.js, .jsx, .tsx).

; <DevServer port={3000} />   <Proxy port="8080" />
((jsx_attribute
   (property_identifier) @name
   [(jsx_expression [(number) @port (string (string_fragment) @port)]) (string (string_fragment) @port)]) @occurrence.property
 (#port-name? @name))
