; Shell port patterns. Capture protocol: see grammars/javascript/ports.scm and STYLE.md.
; Commands (@command) go to the argv interpreter in src/extract/shell-argv.ts, whose tables in
; shell-commands.ts know which flags and arguments of which commands are ports. The patterns below
; cover what is not a command's argument. Patterns earlier in this file win over later ones.
;
; Inner parents written `(_ …)` stand for the one node type their field and context admit: see the
; note at the top of javascript/ports.scm (test/query-wildcards.test.ts checks them).

; uvicorn app:app --port 8000   docker run -p 8080:80 nginx   nc -z localhost 6379
(command) @command

; wait_tcp() { host="$1"; port="$2"; nc -z "$host" "$port"; }   (calls pass ports: wait_tcp db 5432)
(function_definition) @command

; JAVA_OPTS="-Xmx512m -Dserver.port=8080"   START_CMD="uvicorn app --port 8000"   (option and command strings)
((variable_assignment
   name: (variable_name) @_name
   value: [(string) (raw_string) (word) (concatenation)] @command)
 (#match? @_name "(OPTS|OPTIONS|ARGS|FLAGS|CMD|COMMAND|opts|options|args|flags|cmd|command)$"))

; args=(--host 0.0.0.0 --port 8000)   cmd=(python -m http.server 8000)   (arrays are argv)
(variable_assignment value: (array) @command)

; ssh host <<'EOF' … redis-cli -p 6380 ping … EOF   (a heredoc fed to a shell is shell code)
((redirected_statement
   body: (command name: (command_name) @_shell)
   redirect: (heredoc_redirect (heredoc_body) @command))
 (#any-of? @_shell "sh" "bash" "zsh" "dash" "ksh" "ssh"))

; PORT=8000   export API_PORT=8000   local port=3210   readonly PORT=80   declare -i PORT=8080
; PORT="${1:-8000}"   PORT=${PORT:-8000}   PORT=8000 node server.js
((variable_assignment
   name: (variable_name) @name
   value: (_) @port) @occurrence.env-assign
 (#port-name? @name))

; PORTS=(8000 8001 8002)
((variable_assignment
   name: (variable_name) @name
   value: (array (_) @port)) @occurrence.env-assign
 (#port-name? @name))

; API_PORT="$(first_free_port 8010 8011 8012)"   PORT=$(pick_port 8000 8001)
((variable_assignment
   name: (variable_name) @name
   value: [(command_substitution (command (number) @port))
           (string (command_substitution (command (number) @port)))]) @occurrence.constant
 (#port-name? @name))

; PORT=$(shuf -i 8800-8999 -n 1)   port="$(shuf -i 20000-20099 -n 1)"   (a random port from a block: its first port;
; shell.ts leaves out ranges over much of the port space, which only ask for any free port)
((variable_assignment
   name: (variable_name) @name
   value: [(command_substitution (_ name: (command_name) @_shuf argument: (word) @port))
           (string (command_substitution (_ name: (command_name) @_shuf argument: (word) @port)))]) @occurrence.constant
 (#eq? @_shuf "shuf")
 (#match? @port "^[0-9]+-[0-9]+$")
 (#port-name? @name))

; PORT=$((8000 + i))   (a base port plus an offset)
((variable_assignment
   name: (variable_name) @name
   value: (arithmetic_expansion (_ left: (number) @port))) @occurrence.constant
 (#port-name? @name))

; echo "listening on ${API_PORT:-8000}"   : "${PORT:=8000}"
((expansion (variable_name) @variable) @port @occurrence.env-default
 (#port-name? @variable))

; for port in 3210 3211 3212; do   (no `value:` field: with it only the first value matches)
((for_statement
   variable: (variable_name) @name
   [(number) (word) (string) (raw_string)] @port) @occurrence.constant
 (#port-name? @name))

; for port in $(seq 3210 3220); do
((for_statement
   variable: (variable_name) @name
   (command_substitution
     (command
       name: (command_name) @_seq
       [(number) (word)] @port))) @occurrence.constant
 (#eq? @_seq "seq")
 (#port-name? @name))

; for port in {3210..3220}; do
((for_statement
   variable: (variable_name) @name
   (brace_expression (number) @port)) @occurrence.constant
 (#port-name? @name))

; while [ $port -le 3220 ]   [ "$PORT" -eq 8000 ]   [[ $PORT == 8000 ]]   (( port < 9000 ))
((binary_expression
   left: [(variable_name) @name
          (simple_expansion (variable_name) @name)
          (expansion (variable_name) @name)
          (string (simple_expansion (variable_name) @name))
          (string (expansion (variable_name) @name))]
   operator: [(test_operator) "==" "!=" "=" "<" ">" "<=" ">="]
   right: [(number) (word) (string) (raw_string)] @port) @occurrence.constant
 (#port-name? @name))

; case "$PORT" in 8000|8001) …
((case_statement
   value: [(simple_expansion (variable_name) @name)
           (expansion (variable_name) @name)
           (string (simple_expansion (variable_name) @name))
           (string (expansion (variable_name) @name))]
   (_ [(number) (word)] @port)) @occurrence.constant
 (#port-name? @name))

; Words outside commands (a command's words are scanned by the argv interpreter):
; URL=http://localhost:8000   API="http://${HOST}:8000/v1"   BOOTSTRAP=${KAFKA_BOOTSTRAP:-localhost:9092}
(variable_assignment value: [(word) (string) (raw_string) (concatenation) (expansion)] @string)

; URLS=(http://a:8001 http://b:8002)
(array [(word) (string) (raw_string) (concatenation)] @string)

; exec 3<>/dev/tcp/localhost/8000   echo ping > /dev/udp/statsd/8125
(file_redirect destination: (_) @string)

; cat <<EOF … listen localhost:8000; … EOF
(heredoc_body) @string

; nc localhost 6379 <<< "PING"   psql <<< "\\connect postgres://db:5432/app"
(herestring_redirect [(word) (string) (raw_string) (concatenation)] @string)

; [[ "$URL" == "http://localhost:8000" ]]
(binary_expression [(word) (string) (raw_string) (concatenation)] @string)

; for url in http://a:8001 http://b:8002; do
(for_statement [(word) (string) (raw_string) (concatenation)] @string)

; case "$addr" in localhost:8003) …
(case_item [(word) (string) (raw_string) (concatenation) (extglob_pattern)] @string)

; # curl http://localhost:8000/health
(comment) @comment
