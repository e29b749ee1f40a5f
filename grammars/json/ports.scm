; JSON (and JSONC: tsconfig, .vscode/*.json, devcontainer.json) port patterns.
; Capture protocol: see grammars/javascript/ports.scm and STYLE.md. Patterns earlier in the file win
; when two claim the same number.

; "env": { "PORT": "3000" }   "containerEnv": { "API_PORT": "8000" }   (launch.json, devcontainer.json)
((pair
   key: (string (string_content) @_env)
   value: (object
     (pair
       key: (string (string_content) @name)
       value: [(number) @port (string (string_content) @port)]) @occurrence.env-assign))
 (#any-of? @_env "env" "environment" "containerEnv" "remoteEnv")
 (#port-name? @name))

; { "port": 5173 }   { "devPort": "3001" }   launch.json { "port": 9229 }
((pair
   key: (string (string_content) @name)
   value: [(number) @port (string (string_content) @port)]) @occurrence.property
 (#port-name? @name))

; [{ "container": 25565, "host": 25565, "proto": "tcp" }]   { "protocol": "udp", "target": 53, "published": 5353 }
; (a container's port mapping whose keys do not say "port": read beside a tcp/udp protocol, in either
; order; the sibling is checked by #protocol-sibling?, as a sibling pattern would cost the query dearly)
((pair
   key: (string (string_content) @name)
   value: (number) @port) @occurrence.property
 (#any-of? @name "container" "host" "internal" "external" "public" "private" "target" "published")
 (#protocol-sibling? @occurrence.property))

; devcontainer.json { "forwardPorts": [3000, 8000] }   { "appPort": ["8000:8000"] }
((pair
   key: (string (string_content) @name)
   value: (array [(number) @port (string (string_content) @port)]) @occurrence.property)
 (#port-name? @name))

; devcontainer.json { "portsAttributes": { "3000": { "label": "web" } } }  (a port as a key)
((pair
   key: (string (string_content) @name)
   value: (object
     (pair key: (string (string_content) @port)) @occurrence.property))
 (#port-name? @name))

; devcontainer.json { "postStartCommand": "uvicorn app:app --port 8000" }
; .vscode/tasks.json { "command": "npm run dev -- --port 3000" }   nodemon.json { "exec": "node --inspect=9229 app.js" }
; PM2 { "script": "server.js", "args": "--port 3000" }
; (keys that conventionally hold a command line run by a shell; a path such as "script": "src/index.js" has no port to read)
((pair
   key: (string (string_content) @_key)
   value: (string (string_content) @command))
 (#any-of? @_key "command" "Command" "cmd" "Cmd" "exec" "script" "shell" "args" "initializeCommand" "onCreateCommand" "updateContentCommand" "postCreateCommand" "postStartCommand" "postAttachCommand"))

; devcontainer.json { "postStartCommand": { "api": "uvicorn app --port 8000", "db": ["docker", "start", "db"] } }
; nodemon.json { "execMap": { "js": "node --inspect=9229" } }  (named commands)
((pair
   key: (string (string_content) @_key)
   value: (object
     (pair value: [(string (string_content) @command) (array) @command])))
 (#any-of? @_key "execMap" "initializeCommand" "onCreateCommand" "updateContentCommand" "postCreateCommand" "postStartCommand" "postAttachCommand"))

; launch.json { "runtimeArgs": ["--inspect=9230"], "args": ["--port", "8000"] }
; devcontainer.json { "runArgs": ["-p", "8080:80"] }   ECS / docker inspect { "command": ["redis-server", "--port", "6380"] }
; (argv lists)
((pair
   key: (string (string_content) @_key)
   value: (array) @command)
 (#any-of? @_key "args" "runtimeArgs" "runArgs" "argv" "command" "Command" "cmd" "Cmd" "entrypoint" "entryPoint" "Entrypoint" "initializeCommand" "onCreateCommand" "updateContentCommand" "postCreateCommand" "postStartCommand" "postAttachCommand"))

; Caddy { "listen": [":443"] }   Traefik { "address": ":8883/tcp" }   { "bindAddr": ":9000" }
; (host-less listen addresses under a key naming an address; other values are scanned as strings)
((pair
   key: (string (string_content) @name)
   value: [(string (string_content) @port) (array (string (string_content) @port))]) @occurrence.listen
 (#match? @name "(^|[_.-])([Aa]ddr|[Aa]ddress|[Bb]ind|[Ll]isten)$|[a-z](Addr|Address|Bind|Listen)$"))

; { "proxy": "http://localhost:8000" }   { "baseUrl": "http://127.0.0.1:3000/api" }
(string (string_content) @string)

; // dev server on http://localhost:5173
(comment) @comment
