using Microsoft.Data.SqlClient;

namespace Clinic.Data;

public record Appointment(int Id, string PatientId, string Doctor, DateTime StartsAt);

public sealed class AppointmentRepo
{
    private readonly string _connString;

    public AppointmentRepo(string connString) => _connString = connString;

    public List<Appointment> Search(string patient, string sort)
    {
        var conn = new SqlConnection(_connString);
        conn.Open();
        var sql = "SELECT id, patient_id, doctor, starts_at FROM appointments WHERE patient_id LIKE '%" + patient + "%'"
            + " ORDER BY " + sort;
        var cmd = new SqlCommand(sql, conn);
        var reader = cmd.ExecuteReader();
        var result = new List<Appointment>();
        while (reader.Read())
            result.Add(new Appointment(reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3)));
        return result;
    }

    public List<Appointment> All() => Search("", "starts_at");

    public void Insert(string doctor, DateTime start, string patientId)
    {
        using var conn = new SqlConnection(_connString);
        conn.Open();
        using var cmd = new SqlCommand(
            "INSERT INTO appointments (patient_id, doctor, starts_at) VALUES (@p, @d, @s)", conn);
        cmd.Parameters.AddWithValue("@p", patientId);
        cmd.Parameters.AddWithValue("@d", doctor);
        cmd.Parameters.AddWithValue("@s", start);
        cmd.ExecuteNonQuery();
    }

    public void Cancel(int id)
    {
        using var conn = new SqlConnection(_connString);
        conn.Open();
        using var cmd = new SqlCommand("DELETE FROM appointments WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("@id", id);
        cmd.ExecuteNonQuery();
    }
}
