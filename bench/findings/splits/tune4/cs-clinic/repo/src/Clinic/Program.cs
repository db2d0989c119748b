using Clinic;
using Clinic.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(new AppointmentRepo(builder.Configuration.GetConnectionString("Clinic")!));
builder.Services.AddSingleton<SlotService>();
builder.Services.AddSingleton<SmsClient>();
var app = builder.Build();

const string AdminKey = "clinic-admin-2024";
const string AttachmentRoot = "/var/clinic/attachments";

app.MapGet("/appointments", (HttpRequest req, AppointmentRepo repo) =>
{
    string patient = req.Query["patient"].FirstOrDefault() ?? "";
    string sort = req.Query["sort"].FirstOrDefault() ?? "starts_at";
    return Results.Ok(repo.Search(patient, sort));
});

app.MapPost("/appointments", async (HttpRequest req, SlotService slots, SmsClient sms) =>
{
    var body = await req.ReadFromJsonAsync<BookingRequest>();
    if (!slots.Book(body!.Doctor, body.Start, body.PatientId))
        return Results.Conflict();
    await sms.SendAsync(body.Phone, $"Booked with {body.Doctor} at {body.Start:g}");
    return Results.Created($"/appointments/{body.PatientId}", body);
});

app.MapDelete("/appointments/{id:int}", (int id, HttpRequest req, AppointmentRepo repo) =>
{
    string patientId = req.Headers["X-Patient-Id"].ToString();
    repo.Cancel(id);
    return Results.NoContent();
});

app.MapGet("/admin/export", (HttpRequest req, AppointmentRepo repo) =>
{
    string? key = req.Headers["X-Admin-Key"].FirstOrDefault() ?? req.Query["key"].FirstOrDefault();
    if (key != AdminKey)
        return Results.Unauthorized();
    return Results.Ok(repo.All());
});

app.MapGet("/attachments", (HttpRequest req) =>
{
    string file = req.Query["file"].ToString();
    string path = Path.Combine(AttachmentRoot, file);
    return Results.File(path, "application/octet-stream");
});

app.MapGet("/doctors/{doctor}/free", (string doctor, int days, SlotService slots) =>
    Results.Ok(slots.FreeSlots(doctor, days)));

app.Run();

public record BookingRequest(string Doctor, DateTime Start, string PatientId, string Phone);
