using System.Net.Http.Headers;
using System.Text;

namespace Advisor.IntegrationTests.Resilience;

/// <summary>What the corpus's requests aim at: the people and routines a fixture set up.</summary>
/// <param name="Token">The caller's token.</param>
/// <param name="RoutineId">One of the caller's routines, with an outcome logged under <paramref name="UsedKey"/>.</param>
/// <param name="SecondRoutineId">Another of the caller's routines.</param>
/// <param name="OtherRoutineId">Someone else's routine.</param>
/// <param name="DeletedToken">The token of a person who erased themselves.</param>
/// <param name="UsedKey">The Idempotency-Key of the caller's logged outcome.</param>
/// <param name="MaxBodyBytes">The host's body limit.</param>
public sealed record CorpusTargets(
    string Token, string RoutineId, string SecondRoutineId, string OtherRoutineId, string DeletedToken, string UsedKey, int MaxBodyBytes);

/// <summary>One hostile or broken request and the 4xx it must get.</summary>
/// <param name="Name">Says what the request is; unique in the corpus.</param>
/// <param name="Category">The kind of hostility, such as "unicode" or "auth".</param>
/// <param name="Make">Builds the request and the status it must get, against a fixture's targets.</param>
public sealed record HostileRequest(string Name, string Category, Func<CorpusTargets, (HttpRequestMessage Request, int Status)> Make)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// The bad input corpus, generated: broken and hostile bodies for each endpoint that reads one,
/// forged and missing tokens for each endpoint that needs one, hostile ids, headers, content types,
/// paths and methods. Every request must be refused with a 4xx problem detail and write nothing.
/// </summary>
public static class HostileRequests
{
    /// <summary>The SQL fragment every injection case carries.</summary>
    public const string Injection = "'; DROP TABLE outcomes; --";

    private const string Json = "application/json";

    private static readonly string[] Regions = ["neck", "shoulders", "upper-back", "lower-back", "hips", "knees", "ankles", "wrists", "hands"];

    private static readonly Lazy<IReadOnlyList<HostileRequest>> Corpus = new(Build);

    /// <summary>Every request of the corpus.</summary>
    public static IReadOnlyList<HostileRequest> All => Corpus.Value;

    /// <summary>The request called <paramref name="name"/>.</summary>
    public static HostileRequest Named(string name) => All.Single(r => r.Name == name);

    private static List<HostileRequest> Build()
    {
        var corpus = new List<HostileRequest>();
        void Add(string category, string name, Func<CorpusTargets, (HttpRequestMessage, int)> make) => corpus.Add(new HostileRequest(name, category, make));

        // Broken assessments: stored routines (with a token) and anonymous ones read the same document.
        foreach ((string category, string what, Body body) in AssessmentBodies())
        {
            Add(category, $"POST /api/routines with token | {category} | {what}", t => Post("api/routines", t.Token, body, t));
            if (category is "json-syntax" or "unicode" or "size")
                Add(category, $"POST /api/routines anonymous | {category} | {what}", t => Post("api/routines", null, body, t));
        }

        foreach ((string category, string what, Body body) in OutcomeBodies())
            Add(category, $"POST /api/routines/{{id}}/outcomes | {category} | {what}", t => Post($"api/routines/{t.RoutineId}/outcomes", t.Token, body, t));

        // Content types: a valid document sent as something else.
        foreach ((string what, string? contentType, Func<string, byte[]> encode, int status) in ContentTypes())
        {
            Add("content-type", $"POST /api/routines anonymous | content-type | {what}",
                _ => (Raw(HttpMethod.Post, "api/routines", null, encode(Api.Assessment), contentType), status));
            Add("content-type", $"POST /api/routines with token | content-type | {what}",
                t => (Raw(HttpMethod.Post, "api/routines", t.Token, encode(Api.Assessment), contentType), status));
            Add("content-type", $"POST /api/routines/{{id}}/outcomes | content-type | {what}",
                t => (Raw(HttpMethod.Post, $"api/routines/{t.RoutineId}/outcomes", t.Token, encode(Api.Outcome), contentType), status));
        }

        // Missing and forged credentials against every endpoint that knows the caller.
        foreach ((string what, Func<CorpusTargets, string?> authorization) in Credentials())
        {
            bool missing = what == "no Authorization header";
            foreach ((string endpoint, Func<CorpusTargets, HttpRequestMessage> request) in CallerEndpoints())
            {
                if (missing && endpoint == "POST /api/routines") continue; // anonymous is allowed there
                Add("auth", $"{endpoint} | auth | {what}", t =>
                {
                    HttpRequestMessage message = request(t);
                    if (authorization(t) is { } value) message.Headers.TryAddWithoutValidation("Authorization", value);
                    return (message, 401);
                });
            }
        }

        // Someone else's routine, or one that never was: both are simply not there.
        foreach ((string what, Func<CorpusTargets, string> id) in RoutineIds())
        {
            Add("ids", $"GET /api/routines/{{id}} | ids | {what}", t => (Get($"api/routines/{Escape(id(t))}", t.Token), 404));
            Add("ids", $"POST /api/routines/{{id}}/outcomes | ids | {what}",
                t => (PostOutcome(Escape(id(t)), t.Token, Api.Outcome), 404));
            Add("ids", $"POST /api/routines/{{id}}/outcomes | ids | {what}, with an Idempotency-Key",
                t => (WithHeader(PostOutcome(Escape(id(t)), t.Token, Api.Outcome), "Idempotency-Key", "fresh-" + Guid.NewGuid().ToString("n")), 404));
        }

        // Idempotency keys that are not one usable key, on an otherwise valid outcome.
        foreach ((string what, string value) in BadKeys())
        {
            Add("idempotency", $"POST /api/routines/{{id}}/outcomes | idempotency | {what}",
                t => (WithHeader(PostOutcome(t.RoutineId, t.Token, Api.Outcome), "Idempotency-Key", value), 400));
        }

        Add("idempotency", "POST /api/routines/{id}/outcomes | idempotency | a used key with a different outcome",
            t => (WithHeader(PostOutcome(t.RoutineId, t.Token, Api.Outcome.Replace("\"focusAfter\":6", "\"focusAfter\":7", StringComparison.Ordinal)), "Idempotency-Key", t.UsedKey), 409));
        Add("idempotency", "POST /api/routines/{id}/outcomes | idempotency | a used key with the same outcome for another routine",
            t => (WithHeader(PostOutcome(t.SecondRoutineId, t.Token, Api.Outcome), "Idempotency-Key", t.UsedKey), 409));

        // Injection in header values the host reads or passes on, with a document that is refused.
        foreach (string header in new[] { "Idempotency-Key", "X-Forwarded-For", "User-Agent", "Cookie", "Accept-Language", "X-Request-Id" })
        {
            Add("sql", $"POST /api/routines/{{id}}/outcomes | sql | in the {header} header, with a refused outcome",
                t => (WithHeader(PostOutcome(t.RoutineId, t.Token, """{"focusAfter":11}"""), header, Injection), 400));
            Add("sql", $"POST /api/routines with token | sql | in the {header} header, with a refused assessment",
                t => (WithHeader(Raw(HttpMethod.Post, "api/routines", t.Token, Utf8("""{"minutes":0}"""), Json), header, Injection), 400));
        }

        Add("sql", "POST /api/routines with token | sql | in the Content-Type header",
            t => (Raw(HttpMethod.Post, "api/routines", t.Token, Utf8(Api.Assessment), Injection), 415));
        Add("sql", "GET /api/me/routines | sql | in the path", t => (Get($"api/me/{Escape(Injection)}", t.Token), 404));
        Add("sql", "GET /api/{sql} | sql | in the path, anonymous", _ => (new HttpRequestMessage(HttpMethod.Get, $"api/{Escape(Injection)}"), 404));
        Add("sql", "GET /api/me/progress | sql | in the query string",
            _ => (new HttpRequestMessage(HttpMethod.Get, $"api/me/progress?person={Escape(Injection)}"), 401));

        // Bodies over the limit on endpoints that never read one: refused before anything is done.
        (string Method, string Path, bool WithToken)[] bodiless =
        [
            ("POST", "api/users", false), ("DELETE", "api/me", true), ("GET", "api/exercises", false), ("GET", "api/me/routines", true),
        ];
        (string What, Func<int, int> Length)[] oversized = [("a body one byte over the limit", limit => limit + 1), ("a 10 MiB body", _ => 10 * 1024 * 1024)];
        foreach ((string method, string path, bool withToken) in bodiless)
        {
            foreach ((string what, Func<int, int> length) in oversized)
            {
                Add("size", $"{method} /{path} | size | {what}", t =>
                {
                    var message = new HttpRequestMessage(new HttpMethod(method), path) { Content = Content(new byte[length(t.MaxBodyBytes)], Json) };
                    // The client waits for the host's go-ahead before sending the body, as clients sending
                    // megabytes do; the host answers 413 instead, so the answer never races a body still
                    // being sent into a connection the host has finished with.
                    message.Headers.ExpectContinue = true;
                    if (withToken) message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", t.Token);
                    return (message, 413);
                });
            }
        }

        // Unknown paths and methods.
        foreach ((string method, string path, int status) in Routes())
        {
            Add("routing", $"{method} /{path} | routing | with token", t =>
            {
                var message = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", t.RoutineId, StringComparison.Ordinal));
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", t.Token);
                if (method is "POST" or "PUT" or "PATCH") message.Content = Content(Utf8("{}"), Json);
                return (message, status);
            });
        }

        return corpus;
    }

    /// <summary>A body: its bytes, made against the host's limit, so size cases scale with it.</summary>
    private delegate byte[] Body(int maxBodyBytes);

    private static IEnumerable<(string Category, string What, Body Body)> AssessmentBodies()
    {
        foreach ((string what, string json) in MalformedJson("minutes", "10"))
            yield return ("json-syntax", what, Text(json));
        yield return ("json-syntax", "the contract example cut in half", Text(Api.Assessment[..(Api.Assessment.Length / 2)]));
        yield return ("json-syntax", "the contract example without its last brace", Text(Api.Assessment[..^1]));
        yield return ("json-syntax", "an unterminated pain point", Text("""{"painPoints":[{"region":"neck","severity":3}"""));

        foreach ((string what, string json) in new[]
        {
            ("painPoints is a string", """{"painPoints":"neck"}"""),
            ("painPoints is a number", """{"painPoints":1}"""),
            ("painPoints is an object", """{"painPoints":{"region":"neck","severity":3}}"""),
            ("painPoints holds a string", """{"painPoints":["neck"]}"""),
            ("painPoints holds null", """{"painPoints":[null]}"""),
            ("painPoints holds an array", """{"painPoints":[["neck",3]]}"""),
            ("region is a number", """{"painPoints":[{"region":1,"severity":3}]}"""),
            ("severity is a string", """{"painPoints":[{"region":"neck","severity":"3"}]}"""),
            ("severity is true", """{"painPoints":[{"region":"neck","severity":true}]}"""),
            ("severity is null", """{"painPoints":[{"region":"neck","severity":null}]}"""),
            ("severity is missing", """{"painPoints":[{"region":"neck"}]}"""),
            ("region is missing", """{"painPoints":[{"severity":3}]}"""),
            ("fullRangePainful is a string", """{"painPoints":[{"region":"neck","severity":3,"fullRangePainful":"yes"}]}"""),
            ("inactiveMuscles is a string", """{"inactiveMuscles":"glutes"}"""),
            ("inactiveMuscles holds a number", """{"inactiveMuscles":[1]}"""),
            ("inactiveMuscles holds an array", """{"inactiveMuscles":[["glutes"]]}"""),
            ("tightMuscles holds an object", """{"tightMuscles":[{"muscle":"glutes"}]}"""),
            ("setting is a number", """{"setting":1}"""),
            ("setting is an array", """{"setting":["desk"]}"""),
            ("setting is empty", """{"setting":""}"""),
            ("day is true", """{"day":true}"""),
            ("minutes is a string", """{"minutes":"10"}"""),
            ("minutes is an object", """{"minutes":{"value":10}}"""),
            ("minutes is a fraction", """{"minutes":10.5}"""),
            ("equipment is an object", """{"equipment":{"band":true}}"""),
            ("the document is an array", """[{"minutes":10}]"""),
            ("the document is a string", "\"assessment\""),
            ("the document is a number", "42"),
            ("the document is null", "null"),
        })
        {
            yield return ("types", what, Text(json));
        }

        foreach ((string what, string number) in HostileNumbers())
        {
            yield return ("numbers", $"minutes is {what}", Text($$"""{"minutes":{{number}}}"""));
            yield return ("numbers", $"severity is {what}", Text($$"""{"painPoints":[{"region":"neck","severity":{{number}}}]}"""));
        }

        foreach ((string what, string json) in new[]
        {
            ("severity is -1", """{"painPoints":[{"region":"neck","severity":-1}]}"""),
            ("severity is -10", """{"painPoints":[{"region":"lower-back","severity":-10}]}"""),
            ("severity is 11", """{"painPoints":[{"region":"neck","severity":11}]}"""),
            ("minutes is 0", """{"minutes":0}"""),
            ("minutes is 121", """{"minutes":121}"""),
            ("minutes is -5", """{"minutes":-5}"""),
            ("an unknown region", """{"painPoints":[{"region":"elbow","severity":3}]}"""),
            ("a region in capitals", """{"painPoints":[{"region":"LOWER-BACK","severity":3}]}"""),
            ("a region in snake case", """{"painPoints":[{"region":"lower_back","severity":3}]}"""),
            ("a region in camel case", """{"painPoints":[{"region":"lowerBack","severity":3}]}"""),
            ("a region with a space", """{"painPoints":[{"region":" neck","severity":3}]}"""),
            ("a duplicate region", """{"painPoints":[{"region":"neck","severity":3},{"region":"neck","severity":5}]}"""),
            ("every region twice", "{\"painPoints\":[" + string.Join(",", Regions.Concat(Regions).Select(r => $$"""{"region":"{{r}}","severity":2}""")) + "]}"),
            ("an unknown muscle", """{"inactiveMuscles":["biceps"]}"""),
            ("a muscle listed twice", """{"inactiveMuscles":["glutes","glutes"]}"""),
            ("an unknown condition", """{"conditions":["bored"]}"""),
            ("an unknown red flag", """{"redFlags":["headache"]}"""),
            ("an unknown setting", """{"setting":"office"}"""),
            ("an unknown day", """{"day":"monday"}"""),
            ("unknown equipment", """{"equipment":["kettlebell"]}"""),
            ("an unknown field", """{"minute":10}"""),
            ("an unknown pain point field", """{"painPoints":[{"region":"neck","severity":3,"side":"left"}]}"""),
            ("a field given twice", """{"minutes":10,"minutes":20}"""),
            ("painPoints given twice", """{"painPoints":[],"painPoints":[{"region":"neck","severity":3}]}"""),
            ("a pain point field given twice", """{"painPoints":[{"region":"neck","severity":3,"severity":4}]}"""),
        })
        {
            yield return ("values", what, Text(json));
        }

        foreach ((string what, Body body) in SizeBodies(Api.Assessment, "inactiveMuscles", "\"glutes\"", "painPoints", """{"region":"neck","severity":3}"""))
            yield return ("size", what, body);
        yield return ("size", "100,000 equipment items", Text("{\"equipment\":[" + string.Join(",", Enumerable.Repeat("\"band\"", 100_000)) + "]}"));

        foreach ((string what, Body body) in OddText("setting", "desk"))
            yield return ("unicode", what, body);
        yield return ("unicode", "a lone surrogate in a region", Text("""{"painPoints":[{"region":"\udc00neck","severity":3}]}"""));
        yield return ("unicode", "a lone surrogate in a muscle", Text("""{"inactiveMuscles":["glutes","\ud83d"]}"""));
        yield return ("unicode", "a lone surrogate as the whole document", Text("\"\\ud800\""));

        foreach ((string what, string json) in Injections("setting", "inactiveMuscles"))
            yield return ("sql", what, Text(json));
        yield return ("sql", "in a region", Text($$"""{"painPoints":[{"region":"{{Injection}}","severity":3}]}"""));
    }

    private static IEnumerable<(string Category, string What, Body Body)> OutcomeBodies()
    {
        foreach ((string what, string json) in MalformedJson("focusAfter", "6"))
            yield return ("json-syntax", what, Text(json));
        yield return ("json-syntax", "the valid outcome cut in half", Text(Api.Outcome[..(Api.Outcome.Length / 2)]));

        foreach ((string what, string json) in new[]
        {
            ("completed is a string", """{"completed":"back-lift"}"""),
            ("completed holds a number", """{"completed":[1]}"""),
            ("completed holds null", """{"completed":[null]}"""),
            ("completed is an object", """{"completed":{"back-lift":true}}"""),
            ("painBefore is an array", """{"painBefore":[6]}"""),
            ("painBefore is a number", """{"painBefore":6}"""),
            ("a pain level is a string", """{"painBefore":{"lower-back":"6"}}"""),
            ("a pain level is true", """{"painBefore":{"lower-back":true}}"""),
            ("a pain level is an object", """{"painAfter":{"lower-back":{"level":4}}}"""),
            ("ratings is an array", """{"ratings":["right"]}"""),
            ("a rating is a number", """{"ratings":{"back-lift":1}}"""),
            ("a rating is null", """{"ratings":{"back-lift":null}}"""),
            ("stiffnessBefore is a string", """{"stiffnessBefore":"7"}"""),
            ("energyAfter is true", """{"energyAfter":true}"""),
            ("focusBefore is an array", """{"focusBefore":[5]}"""),
            ("conditions is a string", """{"conditions":"frustrated"}"""),
            ("conditions holds a number", """{"conditions":[1]}"""),
            ("the document is an array", """[{"focusAfter":6}]"""),
            ("the document is null", "null"),
        })
        {
            yield return ("types", what, Text(json));
        }

        foreach ((string what, string number) in HostileNumbers())
        {
            yield return ("numbers", $"a pain level is {what}", Text("{\"painBefore\":{\"lower-back\":" + number + "}}"));
            yield return ("numbers", $"focusAfter is {what}", Text($$"""{"focusAfter":{{number}}}"""));
        }

        foreach ((string what, string json) in new[]
        {
            ("a pain level of -1", """{"painBefore":{"lower-back":-1}}"""),
            ("a pain level of 11", """{"painAfter":{"neck":11}}"""),
            ("stiffness of 0", """{"stiffnessBefore":0}"""),
            ("energy of 11", """{"energyAfter":11}"""),
            ("focus of -3", """{"focusBefore":-3}"""),
            ("an unknown region", """{"painBefore":{"elbow":3}}"""),
            ("a region given twice", """{"painBefore":{"lower-back":3,"lower-back":4}}"""),
            ("more regions than there are", "{\"painAfter\":{" + string.Join(",", Enumerable.Range(0, 12).Select(i => $"\"r{i}\":1")) + "}}"),
            ("an unknown exercise completed", """{"completed":["no-such-exercise"]}"""),
            ("an exercise completed twice", """{"completed":["back-lift","back-lift"]}"""),
            ("an unknown rating", """{"ratings":{"back-lift":"easy"}}"""),
            ("a rating of an unknown exercise", """{"ratings":{"no-such-exercise":"right"}}"""),
            ("a rating given twice", """{"ratings":{"back-lift":"right","back-lift":"too-hard"}}"""),
            ("an unknown condition", """{"conditions":["bored"]}"""),
            ("an unknown field", """{"mood":5}"""),
            ("a field given twice", """{"focusAfter":3,"focusAfter":4}"""),
        })
        {
            yield return ("values", what, Text(json));
        }

        foreach ((string what, Body body) in SizeBodies(Api.Outcome, "completed", "\"back-lift\"", "conditions", "\"frustrated\""))
            yield return ("size", what, body);
        yield return ("size", "100,000 pain regions", Text("{\"painBefore\":{" + string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"\"r{i}\":1")) + "}}"));

        foreach ((string what, Body body) in OddText("ratings", "{\"back-lift\":\"right\"}", "\"right\""))
            yield return ("unicode", what, body);
        yield return ("unicode", "a lone surrogate in a completed id", Text("""{"completed":["\ud800"]}"""));
        yield return ("unicode", "a lone surrogate in a rating's exercise", Text("""{"ratings":{"\ud800":"right"}}"""));
        yield return ("unicode", "a lone surrogate in a pain region", Text("""{"painBefore":{"\udfff":1}}"""));
        yield return ("unicode", "a zero-width space in a completed id", Text("""{"completed":["back\u200b-lift"]}"""));
        yield return ("unicode", "an RTL override in a completed id", Text("""{"completed":["\u202eback-lift"]}"""));
        yield return ("unicode", "a NUL in a completed id", Text("""{"completed":["back-lift\u0000"]}"""));

        foreach ((string what, string json) in Injections("focusAfter", "completed"))
            yield return ("sql", what, Text(json));
        yield return ("sql", "in a rating's exercise", Text("{\"ratings\":{\"" + Injection + "\":\"right\"}}"));
        yield return ("sql", "in a pain region", Text("{\"painBefore\":{\"" + Injection + "\":3}}"));
    }

    /// <summary>Documents that are not JSON, around one valid field.</summary>
    private static IEnumerable<(string What, string Json)> MalformedJson(string field, string value) =>
    [
        ("an empty body", ""),
        ("only whitespace", " \n\t "),
        ("an opening brace", "{"),
        ("a closing brace", "}"),
        ("a field without a value", $$"""{"{{field}}":"""),
        ("a missing closing brace", $$"""{"{{field}}":{{value}}"""),
        ("a trailing comma", $$"""{"{{field}}":{{value}},}"""),
        ("single quotes", $$"""{'{{field}}':{{value}}}"""),
        ("an unquoted field name", $$"""{{{field}}:{{value}}}"""),
        ("a comment", $$"""// note{{"\n"}}{"{{field}}":{{value}}}"""),
        ("two documents", $$"""{"{{field}}":{{value}}} {}"""),
        ("an extra closing brace", $$"""{"{{field}}":{{value}}}""" + "}"),
        ("an unterminated string", $$"""{"{{field}}":"{{value}}}"""),
        ("a bare word", "assessment"),
        ("a truncated literal", "nul"),
        ("an XML document", $"<{field}>{value}</{field}>"),
        ("form encoding", $"{field}={value}"),
        ("an unclosed array", "[1,2"),
        ("a raw NUL byte outside strings", $$"""{"{{field}}":{{value}}}""" + "\0"),
        ("an invalid escape", $$"""{"{{field}}":"\x41"}"""),
        ("a raw newline in a string", $$"""{"{{field}}":"a{{"\n"}}b"}"""),
    ];

    private static IEnumerable<(string What, string Number)> HostileNumbers() =>
    [
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
        ("1e400", "1e400"),
        ("-1e400", "-1e400"),
        ("2^63", "9223372036854775808"),
        ("-2^63 - 1", "-9223372036854775809"),
        ("2^64", "18446744073709551616"),
        ("2^31", "2147483648"),
        ("a 400-digit integer", new string('9', 400)),
        ("a fraction", "3.5"),
        ("-0.5", "-0.5"),
        ("a leading zero", "05"),
        ("a plus sign", "+5"),
        ("hexadecimal", "0x05"),
        ("a bare exponent", "1e"),
        ("a quoted number", "\"5\""),
    ];

    /// <summary>Arrays of 100,000 items, nesting 10,000 deep, and bodies just over the host's limit.</summary>
    private static IEnumerable<(string What, Body Body)> SizeBodies(string valid, string listField, string listItem, string otherList, string otherItem)
    {
        yield return ($"100,000 items in {listField}", Text($"{{\"{listField}\":[" + string.Join(",", Enumerable.Repeat(listItem, 100_000)) + "]}"));
        yield return ($"100,000 items in {otherList}", Text($"{{\"{otherList}\":[" + string.Join(",", Enumerable.Repeat(otherItem, 100_000)) + "]}"));
        yield return ("a 100,000-item array as the document", Text("[" + string.Join(",", Enumerable.Repeat("0", 100_000)) + "]"));
        yield return ("arrays nested 10,000 deep", Text(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("objects nested 10,000 deep", Text(string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000)));
        yield return ($"arrays nested 10,000 deep in {listField}", Text($"{{\"{listField}\":" + new string('[', 10_000) + new string(']', 10_000) + "}"));
        yield return ("arrays nested 17 deep, one over the limit", Text(new string('[', 17) + new string(']', 17)));
        yield return ("a valid document padded one byte over the limit", limit => Pad(valid, limit + 1));
        yield return ("a valid document padded 64 KiB over the limit", limit => Pad(valid, limit + 65_536));
        yield return ("a string value one byte over the limit", limit => Utf8($"{{\"{listField}\":[\"" + new string('x', limit) + "\"]}"));
        yield return ("a field name over the limit", limit => Utf8("{\"" + new string('k', limit) + "\":1}"));
        yield return ("multi-byte text over the limit", limit => Utf8("{\"x\":\"" + string.Concat(Enumerable.Repeat("€", (limit / 3) + 1)) + "\"}"));
    }

    /// <summary>Odd text in one field: lone surrogates, invalid UTF-8, invisible and control characters.</summary>
    private static IEnumerable<(string What, Body Body)> OddText(string field, string valid, string? inner = null)
    {
        // For an object field (ratings), the odd text goes in the value inside it.
        string Around(string text) => inner is null ? $"{{\"{field}\":\"{text}\"}}" : $"{{\"{field}\":{valid.Replace(inner, $"\"{text}\"", StringComparison.Ordinal)}}}";
        string plain = inner is null ? valid : inner.Trim('"');

        yield return ("a lone high surrogate escape", Text(Around("\\ud800")));
        yield return ("a lone low surrogate escape", Text(Around("\\udfff")));
        yield return ("two high surrogate escapes", Text(Around("\\ud800\\ud800")));
        yield return ("a reversed surrogate pair", Text(Around("\\ude00\\ud83d")));
        yield return ("a lone surrogate in a field name", Text($$"""{"\ud800{{field}}":1}"""));
        yield return ("invalid UTF-8 bytes", Bytes(Around(plain), 0xFF, 0xFE));
        yield return ("an overlong encoding of NUL", Bytes(Around(plain), 0xC0, 0x80));
        yield return ("a surrogate encoded in UTF-8", Bytes(Around(plain), 0xED, 0xA0, 0x80));
        yield return ("a truncated multi-byte sequence", Bytes(Around(plain), 0xF0, 0x9F, 0x98));
        yield return ("invalid UTF-8 in a field name", _ => [.. Utf8("{\""), 0xC3, 0x28, .. Utf8("\":1}")]);
        yield return ("a zero-width space", Text(Around(plain[..1] + "\\u200b" + plain[1..])));
        yield return ("a raw zero-width joiner", Text(Around(plain + "\u200d")));
        yield return ("a right-to-left override", Text(Around("\\u202e" + plain)));
        yield return ("a raw right-to-left override", Text(Around(new string(plain.Reverse().ToArray()) + "\u202e")));
        yield return ("a byte order mark in the value", Text(Around("\\ufeff" + plain)));
        yield return ("a NUL escape", Text(Around(plain + "\\u0000")));
        yield return ("a raw NUL byte in a string", Text(Around(plain + "\0")));
        yield return ("a NUL escape in a field name", Text($$"""{"{{field}}\u0000":1}"""));
        yield return ("a zero-width space in a field name", Text($$"""{"{{field[..2]}}\u200b{{field[2..]}}":1}"""));
        yield return ("an emoji", Text(Around("\\ud83d\\ude00")));
        yield return ("UTF-16 encoded", _ => Encoding.Unicode.GetBytes(Around(plain)));
    }

    private static IEnumerable<(string What, string Json)> Injections(string scalarField, string listField) =>
    [
        ("in a value", $$"""{"{{scalarField}}":"{{Injection}}"}"""),
        ("in a list", $$"""{"{{listField}}":["{{Injection}}"]}"""),
        ("in a field name", $$"""{"{{Injection}}":1}"""),
        ("a union select", $$"""{"{{scalarField}}":"x' UNION SELECT token_hash FROM people --"}"""),
        ("an always-true clause", $$"""{"{{listField}}":["x' OR '1'='1"]}"""),
        ("a stacked statement", $$"""{"{{scalarField}}":"1; DELETE FROM people"}"""),
    ];

    private static IEnumerable<(string What, string? ContentType, Func<string, byte[]> Encode, int Status)> ContentTypes() =>
    [
        ("no content type", null, Utf8, 415),
        ("text/plain", "text/plain", Utf8, 415),
        ("text/json", "text/json", Utf8, 415),
        ("application/xml", "application/xml", Utf8, 415),
        ("form encoding", "application/x-www-form-urlencoded", Utf8, 415),
        ("multipart", "multipart/form-data; boundary=x", Utf8, 415),
        ("application/octet-stream", "application/octet-stream", Utf8, 415),
        ("image/png", "image/png", Utf8, 415),
        ("application/jsonx", "application/jsonx", Utf8, 415),
        ("a list of types", "application/json, text/plain", Utf8, 415),
        ("a wildcard", "*/*", Utf8, 415),
        ("application/*", "application/*", Utf8, 415),
        ("only a semicolon", ";", Utf8, 415),
        ("non-ASCII", "application/jsön", Utf8, 415),
        // JSON between systems is UTF-8 (RFC 8259); other encodings do not parse.
        ("UTF-16 as it says", "application/json; charset=utf-16", Encoding.Unicode.GetBytes, 415),
        ("UTF-16 with a byte order mark", Json, text => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)], 400),
        ("UTF-32 as it says", "application/json; charset=utf-32", Encoding.UTF32.GetBytes, 415),
        // A UTF-8 body said to be something else is refused too, not read as if the label were wrong.
        ("UTF-8 said to be UTF-16", "application/json; charset=utf-16", Utf8, 415),
        ("UTF-8 said to be Latin-1", "application/json; charset=iso-8859-1", Utf8, 415),
        ("UTF-8 said to be ASCII, quoted", "application/json; charset=\"us-ascii\"", Utf8, 415),
    ];

    private static IEnumerable<(string What, Func<CorpusTargets, string?> Authorization)> Credentials() =>
    [
        ("no Authorization header", _ => null),
        ("an empty bearer token", _ => "Bearer "),
        ("the scheme alone", _ => "Bearer"),
        ("a Basic credential", _ => "Basic dXNlcjpwYXNz"),
        ("the token without a scheme", t => t.Token),
        ("a wrong prefix", t => "Bearer xx_" + t.Token[3..]),
        ("the prefix in capitals", t => "Bearer RA_" + t.Token[3..]),
        ("the prefix alone", _ => "Bearer ra_"),
        ("one character changed", t => "Bearer " + t.Token[..^1] + (t.Token[^1] == 'A' ? 'B' : 'A')),
        ("one character more", t => "Bearer " + t.Token + "A"),
        ("truncated", t => "Bearer " + t.Token[..12]),
        ("very long", _ => "Bearer ra_" + new string('A', 8_000)),
        ("non-ASCII", _ => "Bearer ra_ünïcödé-tökén"),
        ("an emoji", _ => "Bearer ra_\U0001F600\U0001F600"),
        ("a zero-width space inside", t => "Bearer " + t.Token[..5] + "\u200b" + t.Token[5..]),
        ("SQL", _ => "Bearer ra_" + Injection),
        ("SQL that is always true", _ => "Bearer ra_x' OR '1'='1"),
        ("two tokens", t => $"Bearer {t.Token}, Bearer {t.Token}"),
        ("a person who erased themselves", t => "Bearer " + t.DeletedToken),
    ];

    private static IEnumerable<(string Endpoint, Func<CorpusTargets, HttpRequestMessage> Request)> CallerEndpoints() =>
    [
        ("POST /api/routines", _ => Raw(HttpMethod.Post, "api/routines", null, Utf8(Api.Assessment), Json)),
        ("GET /api/routines/{id}", t => new HttpRequestMessage(HttpMethod.Get, $"api/routines/{t.RoutineId}")),
        ("POST /api/routines/{id}/outcomes", t => Raw(HttpMethod.Post, $"api/routines/{t.RoutineId}/outcomes", null, Utf8(Api.Outcome), Json)),
        ("GET /api/me/routines", _ => new HttpRequestMessage(HttpMethod.Get, "api/me/routines")),
        ("GET /api/me/progress", _ => new HttpRequestMessage(HttpMethod.Get, "api/me/progress")),
        ("GET /api/me/export", _ => new HttpRequestMessage(HttpMethod.Get, "api/me/export")),
        ("DELETE /api/me", _ => new HttpRequestMessage(HttpMethod.Delete, "api/me")),
    ];

    private static IEnumerable<(string What, Func<CorpusTargets, string> Id)> RoutineIds() =>
    [
        ("another person's routine", t => t.OtherRoutineId),
        ("another person's routine in capitals", t => t.OtherRoutineId.ToUpperInvariant()),
        ("an id that never was", _ => Guid.CreateVersion7().ToString("n")),
        ("an empty-looking id", _ => " "),
        ("SQL", _ => Injection),
        ("SQL that is always true", _ => "x' OR '1'='1"),
        ("a SQL wildcard", _ => "%"),
        ("a SQL comment", t => t.OtherRoutineId + "' --"),
        ("a union select", _ => "x' UNION SELECT id, person_id, created_at, assessment, routine FROM routines --"),
        ("a very long id", _ => new string('9', 4_000)),
        ("non-ASCII", _ => "rôutine-ünïcödé"),
        ("an RTL override", t => "\u202e" + t.RoutineId),
        ("a zero-width space", t => t.RoutineId[..4] + "\u200b" + t.RoutineId[4..]),
        ("a lone surrogate, escaped in the path", _ => "%ED%A0%80"),
        ("invalid UTF-8, escaped in the path", _ => "%C3%28"),
        ("an encoded slash", t => t.RoutineId + "%2F..%2F" + t.OtherRoutineId),
    ];

    private static IEnumerable<(string What, string Value)> BadKeys() =>
    [
        ("an empty key", ""),
        ("only spaces", "   "),
        ("201 characters", new string('k', 201)),
        ("10,000 characters", new string('k', 10_000)),
        ("a control character", "key\u0001"),
        ("DEL", "key\u007f"),
        ("a tab inside", "ke\ty"),
        ("a zero-width space", "ke\u200by"),
        ("an RTL override", "\u202ekey"),
        ("a byte order mark", "\ufeffkey"),
    ];

    private static IEnumerable<(string Method, string Path, int Status)> Routes() =>
    [
        ("GET", "api/nothing", 404),
        ("POST", "api/outcomes", 404),
        ("GET", "api/routines/{id}/outcomes/x", 404),
        ("GET", "api/me/progress/extra", 404),
        ("GET", "api/me/nothing", 404),
        ("GET", "api/routines/{id}/outcomes", 405),
        ("GET", "api/users", 405),
        ("PUT", "api/routines/{id}", 405),
        ("DELETE", "api/routines/{id}", 405),
        ("PATCH", "api/routines", 405),
        ("PUT", "api/routines/{id}/outcomes", 405),
        ("DELETE", "api/routines/{id}/outcomes", 405),
        ("GET", "api/me", 405),
        ("POST", "api/me", 405),
        ("POST", "api/me/progress", 405),
        ("DELETE", "api/me/routines", 405),
        ("OPTIONS", "api/routines", 405),
        ("TRACE", "api/me/progress", 405),
        ("BREW", "api/routines", 405),
        ("GET", "API/ROUTINES/{id}/OUTCOMES", 405),
    ];

    private static (HttpRequestMessage, int) Post(string path, string? token, Body body, CorpusTargets targets)
    {
        byte[] bytes = body(targets.MaxBodyBytes);
        if (bytes.Length <= targets.MaxBodyBytes) return (Raw(HttpMethod.Post, path, token, bytes, Json), 400);

        // A body over the limit is announced with Expect: 100-continue, as clients do for large uploads,
        // so the host's early 413 arrives before the body is sent: a server that closes a connection with
        // unread data resets it, and the answer can be lost with the reset.
        HttpRequestMessage request = Raw(HttpMethod.Post, path, token, bytes, Json);
        request.Headers.ExpectContinue = true;
        return (request, 413);
    }

    private static HttpRequestMessage Raw(HttpMethod method, string path, string? token, byte[] body, string? contentType)
    {
        var request = new HttpRequestMessage(method, path) { Content = Content(body, contentType) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static ByteArrayContent Content(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    /// <summary>A JSON outcome posted for routine <paramref name="routineId"/> (as it goes into the path) with <paramref name="token"/>.</summary>
    private static HttpRequestMessage PostOutcome(string routineId, string token, string outcome) =>
        Raw(HttpMethod.Post, $"api/routines/{routineId}/outcomes", token, Utf8(outcome), Json);

    private static HttpRequestMessage Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string name, string value)
    {
        request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    // An id goes into the path escaped, unless it is an escape sequence already.
    private static string Escape(string id) => id.StartsWith('%') && id.Length > 1 ? id : Uri.EscapeDataString(id);

    private static Body Text(string json)
    {
        byte[] bytes = Utf8(json);
        return _ => bytes;
    }

    private static Body Bytes(string json, params byte[] odd)
    {
        // The odd bytes go inside the first string value.
        byte[] text = Utf8(json);
        int at = Array.LastIndexOf(text, (byte)'"');
        return _ => [.. text[..at], .. odd, .. text[at..]];
    }

    private static byte[] Pad(string json, int length) => Utf8(json + new string(' ', Math.Max(0, length - Encoding.UTF8.GetByteCount(json))));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
