import { FIXTURES, FIXTURE_NAMES } from './fixtures'

/** `tencent-ci-callback --help`. */
export const USAGE = `Usage: tencent-ci-callback [options] [file | directory | - ...]
       tencent-ci-callback send <url> (file | - | --fixture name) [options]

Decodes Tencent Cloud Infinite (CI) callback payloads (XML or JSON) and prints each as JSON, or
the error. With no file, or "-", reads stdin. A directory stands for the .xml and .json files in
it and below it, in name order. Times print in the zone the body wrote them in (Beijing time,
+08:00, when the body does not show it).

Output: one input prints one pretty JSON document. Several inputs (or a directory, or --ndjson)
print NDJSON, one line per decoded input: {"file":"<name>","callback":{…}}. Errors go to stderr,
each starting with "<name>:"; stdin is named <stdin>.

Options:
  -s, --summary          one line per job, workflow run or verdict, each starting with "<name>:"
      --ndjson           NDJSON even for one input
  -f, --format xml|json  decode as this format: used when the body does not show its format (blank,
                         or not starting with < { [), and a body of the other format is refused
      --max-bytes N      largest body accepted, in bytes (default 4194304)
  -V, --version          print the version
  -h, --help             show this help ("send --help" for the send command)

Exit status: 0 when every payload decodes, 1 when one does not, 2 on a usage or read error.`

const fixtureList = FIXTURE_NAMES.map((name) => `  ${name.padEnd(20)} ${FIXTURES[name]?.about ?? ''}`).join('\n')

/** `tencent-ci-callback send --help`. */
export const SEND_USAGE = `Usage: tencent-ci-callback send <url> (file | - | --fixture name) [options]

POSTs a callback body to a receiver, as Tencent would, and prints the answer: the status line
("200 OK") on stdout, then the response body. Tencent cannot reach a developer's machine: this
exercises a receiver end to end before it is deployed. The body is sent as it is, valid or not.

Options:
      --fixture name     send a fixture of tencent-ci-callback/testing instead of a file (below)
  -f, --format xml|json  the fixture's format (default xml; moderation fixtures are json only), or
                         the Content-Type for a file (default: what the body starts with)
  -H, --header "K: V"    add a request header (repeatable)
      --timeout MS       give up after MS milliseconds (default 10000)
  -h, --help             show this help

Content-Type is application/xml or application/json. A moderation body also gets the
X-Ci-Content-Version header (Detail or Simple) Tencent sends with it.

Fixtures:
${fixtureList}

Exit status: 0 on a 2xx answer, 1 on any other status, 2 on a usage, read or connection error.`
