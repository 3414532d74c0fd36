package main

import _ "embed"

// openAPIDocument is the OpenAPI 3.1 description of every route, request,
// response and problem of the service, served at /openapi.json.
// openapi_test.go keeps it true: its routes are the table routes(), its
// request schemas the request structs, and every response the tests see
// is valid against it.
//
//go:embed openapi.json
var openAPIDocument []byte
