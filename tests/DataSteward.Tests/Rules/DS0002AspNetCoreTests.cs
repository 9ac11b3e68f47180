namespace DataSteward.Tests.Rules;

public sealed class DS0002AspNetCoreTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using DataSteward;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Http.HttpResults;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        using Register;

        public interface ICitizens
        {
            Citizen Find(Guid id);
            Task<Citizen> FindAsync(Guid id);
            List<Citizen> All();
        }

        public sealed record CitizenView(Guid Id, string Municipality);

        """;

    private static Task VerifyAsync(string source, params string[] messages) => FlowVerifier.VerifyAsync(Usings + source, messages);

    [Fact]
    public async Task Ok_with_the_entity()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                public IActionResult Get(Guid id) => Ok({|DS0002:citizens.Find(id)|});
            }
            """,
            DS0002.WholeCitizen("ControllerBase.Ok"));
    }

    [Fact]
    public async Task Created_and_Accepted_results()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                public IActionResult Create(Guid id) => CreatedAtAction(nameof(Create), new { id }, {|DS0002:citizens.Find(id)|});
                public IActionResult CreateAt(Guid id) => Created("/citizens/" + id, {|DS0002:citizens.Find(id)|});
                public IActionResult Queue(Guid id) => Accepted({|DS0002:citizens.Find(id)|});
                public IActionResult QueueAt(Guid id) => AcceptedAtAction(nameof(Queue), new { id }, {|DS0002:citizens.Find(id)|});
            }
            """,
            DS0002.WholeCitizen("ControllerBase.CreatedAtAction"),
            DS0002.WholeCitizen("ControllerBase.Created"),
            DS0002.WholeCitizen("ControllerBase.Accepted"),
            DS0002.WholeCitizen("ControllerBase.AcceptedAtAction"));
    }

    [Fact]
    public async Task Json_result_of_an_MVC_controller()
    {
        await VerifyAsync("""
            public sealed class CitizensController(ICitizens citizens) : Controller
            {
                public IActionResult Export() => Json({|DS0002:citizens.All()|});
            }
            """,
            DS0002.WholeCitizen("Controller.Json"));
    }

    [Fact]
    public async Task ObjectResult_and_OkObjectResult_constructed()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                public IActionResult Get(Guid id) => new ObjectResult({|DS0002:citizens.Find(id)|}) { StatusCode = 200 };
                public IActionResult Ok2(Guid id) => new OkObjectResult({|DS0002:citizens.Find(id).Email|});
            }
            """,
            DS0002.WholeCitizen("new ObjectResult"),
            DS0002.Email("new OkObjectResult"));
    }

    [Fact]
    public async Task Returning_the_entity_from_an_action()
    {
        await VerifyAsync("""
            [ApiController]
            [Route("api/citizens")]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                [HttpGet("{id}")]
                public Citizen Get(Guid id) => {|DS0002:citizens.Find(id)|};
            }
            """,
            DS0002.WholeCitizen("CitizensController.Get"));
    }

    [Fact]
    public async Task Returning_ActionResult_of_T_from_an_action()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                public ActionResult<Citizen> Get(Guid id)
                {
                    Citizen citizen = citizens.Find(id);
                    if (citizen is null)
                    {
                        return NotFound();
                    }

                    return {|DS0002:citizen|};
                }
            }
            """,
            DS0002.WholeCitizen("CitizensController.Get"));
    }

    [Fact]
    public async Task Returning_from_an_async_action()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                public async Task<ActionResult<List<Citizen>>> All()
                {
                    await Task.Yield();
                    return {|DS0002:citizens.All()|};
                }

                public async Task<Citizen> One(Guid id) => {|DS0002:await citizens.FindAsync(id)|};

                public Task<Citizen> Direct(Guid id) => {|DS0002:citizens.FindAsync(id)|};
            }
            """,
            DS0002.WholeCitizen("CitizensController.All"),
            DS0002.WholeCitizen("CitizensController.One"),
            DS0002.WholeCitizen("CitizensController.Direct"));
    }

    [Fact]
    public async Task Action_returning_a_view_model_is_clean()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                public CitizenView Get(Guid id)
                {
                    Citizen citizen = citizens.Find(id);
                    return new CitizenView(citizen.Id, citizen.Municipality);
                }

                public IActionResult List() => Ok(citizens.All().Select(c => new CitizenView(c.Id, c.Municipality)));

                public Citizen Control(Guid id) => {|DS0002:citizens.Find(id)|};
            }
            """,
            DS0002.WholeCitizen("CitizensController.Control"));
    }

    [Fact]
    public async Task Non_actions_are_not_endpoints()
    {
        await VerifyAsync("""
            [ApiController]
            public sealed class CitizensController(ICitizens citizens) : ControllerBase
            {
                [NonAction]
                public Citizen Load(Guid id) => citizens.Find(id);

                private Citizen Find(Guid id) => citizens.Find(id);

                public static Citizen Static(ICitizens all, Guid id) => all.Find(id);

                public Citizen Control(Guid id) => {|DS0002:citizens.Find(id)|};
            }

            public sealed class Service(ICitizens citizens)
            {
                public Citizen Get(Guid id) => citizens.Find(id);
            }
            """,
            DS0002.WholeCitizen("CitizensController.Control"));
    }

    [Fact]
    public async Task Minimal_api_handler_returning_the_entity()
    {
        await VerifyAsync("""
            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app, ICitizens citizens)
                {
                    app.MapGet("/citizens/{id}", (Guid id) => {|DS0002:citizens.Find(id)|});
                    app.MapPost("/citizens/{id}", async (Guid id) => {|DS0002:await citizens.FindAsync(id)|});
                    app.MapGet("/citizens", () =>
                    {
                        var all = citizens.All();
                        return {|DS0002:all|};
                    });
                }
            }
            """,
            DS0002.WholeCitizen("MapGet"),
            DS0002.WholeCitizen("MapPost"),
            DS0002.WholeCitizen("MapGet"));
    }

    [Fact]
    public async Task Minimal_api_Results_and_TypedResults()
    {
        await VerifyAsync("""
            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app, ICitizens citizens)
                {
                    app.MapGet("/a/{id}", (Guid id) => Results.Ok({|DS0002:citizens.Find(id)|}));
                    app.MapGet("/b/{id}", (Guid id) => TypedResults.Ok({|DS0002:citizens.Find(id)|}));
                    app.MapGet("/c/{id}", (Guid id) => Results.Json({|DS0002:citizens.Find(id)|}));
                    app.MapPost("/d/{id}", (Guid id) => Results.Created("/d/" + id, {|DS0002:citizens.Find(id)|}));
                    app.MapPost("/e/{id}", (Guid id) => TypedResults.Accepted("/e/" + id, {|DS0002:citizens.Find(id)|}));
                }
            }
            """,
            DS0002.WholeCitizen("Results.Ok"),
            DS0002.WholeCitizen("TypedResults.Ok"),
            DS0002.WholeCitizen("Results.Json"),
            DS0002.WholeCitizen("Results.Created"),
            DS0002.WholeCitizen("TypedResults.Accepted"));
    }

    [Fact]
    public async Task Minimal_api_text_results()
    {
        await VerifyAsync("""
            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app, ICitizens citizens)
                {
                    app.MapGet("/a/{id}", (Guid id) => Results.Text({|DS0002:citizens.Find(id).Email|}));
                    app.MapGet("/b/{id}", (Guid id) => TypedResults.Content({|DS0002:$"NIR {citizens.Find(id).Nir}"|}));
                }
            }
            """,
            DS0002.Email("Results.Text"),
            DS0002.Nir("TypedResults.Content"));
    }

    [Fact]
    public async Task Minimal_api_handler_returning_a_view_model_or_a_result_is_clean()
    {
        await VerifyAsync("""
            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app, ICitizens citizens)
                {
                    app.MapGet("/a/{id}", (Guid id) => new CitizenView(id, citizens.Find(id).Municipality));
                    app.MapGet("/b/{id}", (Guid id) => citizens.Find(id) is { } c ? Results.Ok(new { c.Id, c.Municipality }) : Results.NotFound());
                    app.MapGet("/c", () => citizens.All().Count);
                    app.MapGet("/control/{id}", (Guid id) => {|DS0002:citizens.Find(id)|});
                }
            }
            """,
            DS0002.WholeCitizen("MapGet"));
    }

    [Fact]
    public async Task Lambda_that_is_not_a_handler_is_not_an_endpoint()
    {
        await VerifyAsync("""
            static class Helpers
            {
                public static Func<Guid, Citizen> Finder(ICitizens citizens) => id => citizens.Find(id);
                public static List<Citizen> Active(ICitizens citizens) => citizens.All().Where(c => c.IsActive).ToList();
            }

            static class Endpoints
            {
                public static void Map(IEndpointRouteBuilder app, ICitizens citizens) =>
                    app.MapGet("/citizens/{id}", (Guid id) => {|DS0002:citizens.Find(id)|});
            }
            """,
            DS0002.WholeCitizen("MapGet"));

    }

    [Fact]
    public async Task WriteAsJsonAsync_and_WriteAsync()
    {
        await VerifyAsync("""
            static class Endpoints
            {
                public static async Task Write(HttpContext context, Citizen citizen)
                {
                    await context.Response.WriteAsJsonAsync({|DS0002:citizen|});
                    await context.Response.WriteAsync({|DS0002:citizen.Email|});
                    await context.Response.WriteAsync(citizen.Municipality);
                }
            }
            """,
            DS0002.WholeCitizen("HttpResponseJsonExtensions.WriteAsJsonAsync"),
            DS0002.Email("HttpResponseWritingExtensions.WriteAsync"));
    }

    [Fact]
    public async Task Cookie_values()
    {
        await VerifyAsync("""
            static class Session
            {
                public static void Remember(HttpResponse response, Citizen citizen)
                {
                    response.Cookies.Append("email", {|DS0002:citizen.Email|});
                    response.Cookies.Append("nir", {|DS0002:citizen.Nir|}, new CookieOptions { HttpOnly = true });
                    response.Cookies.Append("key", citizen.CitizenKey);
                    response.Cookies.Append("municipality", citizen.Municipality);
                }
            }
            """,
            DS0002.Email("IResponseCookies.Append"),
            DS0002.Nir("IResponseCookies.Append"));
    }

    [Fact]
    public async Task Special_category_returned_from_an_action_is_DS0003()
    {
        await VerifyAsync("""
            public interface IPatients
            {
                Patient Find(Guid id);
            }

            [ApiController]
            public sealed class PatientsController(IPatients patients) : ControllerBase
            {
                public Patient Get(Guid id) => {|DS0003:patients.Find(id)|};
            }
            """,
            DS0002.Sensitive("Patient.Diagnosis", "special-category data: health", "PatientsController.Get"));
    }

    [Fact]
    public async Task A_method_group_given_to_another_librarys_Map_is_no_endpoint()
    {
        // AutoMapper-style Map(x) takes a method group too: only ASP.NET Core's Map* register a handler.
        await VerifyAsync("""
            public sealed class Projection
            {
                public void Map(Func<Guid, Citizen> source) { }
            }

            public static class Endpoints
            {
                public static void Register(WebApplication app, Projection projection)
                {
                    app.MapGet("/citizens/{id}", GetById);
                    projection.Map(Load);
                }

                private static Citizen GetById(Guid id) => {|DS0002:Load(id)|};

                private static Citizen Load(Guid id) => new Citizen { Id = id };
            }
            """,
            DS0002.WholeCitizen("MapGet"));
    }
}
