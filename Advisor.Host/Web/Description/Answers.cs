namespace Advisor.Host.Web.Description;

/// <summary>
/// The answers an endpoint gives from in front of its handler (the rate limiter, authentication, the
/// body reader, a busy store), described once per cause, so each operation in the OpenAPI document
/// lists every status it can give and a generated client knows each error is a problem document.
/// </summary>
public static class Answers
{
    /// <summary>429 from <see cref="RequestLimits"/>, which stands in front of every API endpoint.</summary>
    public static TBuilder RateLimited<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>503 from <see cref="StoreUnavailable"/>, for endpoints that read or write the store.</summary>
    public static TBuilder UsesStore<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>
    /// The caller's own things: a person is required, so a call without an accepted token is answered
    /// 401; telling whose token it is asks the store, which may be busy.
    /// </summary>
    public static TBuilder ForPerson<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization().ProducesProblem(StatusCodes.Status401Unauthorized).UsesStore();

    /// <summary>
    /// A <typeparamref name="TDocument"/> read by <see cref="JsonBody"/>: 400 for a document that breaks
    /// the contract or a body that cannot be read, 413 over the size limit (<see cref="BodyLimit"/> too),
    /// 415 for a body that is not UTF-8 JSON.
    /// </summary>
    public static RouteHandlerBuilder TakesJson<TDocument>(this RouteHandlerBuilder endpoint)
        where TDocument : notnull =>
        endpoint.Accepts<TDocument>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
