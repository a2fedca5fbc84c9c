"""Contract runs: every operation of every generated client, sent to a Prism mock server.

Prism validates each request against the package's own OpenAPI document and answers with the
document's examples (static) or with data it generates (dynamic). The modules:

- `prism`: start a Prism process on a free loopback port, wait until it listens, stop it;
  list the schemas Prism could not check (`prism_schemas.js`, run with node).
- `prism_log`: read the violations Prism reports in its log and in its answers.
- `providers`: find the generated packages and import them.
- `documents`: the copies of a document Prism serves, changed where Prism cannot serve or
  check it as it is (`cycles`: schemas that refer to themselves), each change listed.
- `arguments`: build the keyword arguments of a call and the client's credentials.
- `calls`: run every operation through `Client` and `AsyncClient`; one `Outcome` per call.
- `table`: the outcomes as a table of operations and the statuses Prism returned.
"""
