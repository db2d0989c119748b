using Clinic.Data;

namespace Clinic;

/// <summary>Books 1-hour slots. Registered as a singleton: one instance serves every request thread.</summary>
public sealed class SlotService
{
    private const int OpenHour = 8;
    private const int CloseHour = 17;

    private readonly Dictionary<(string Doctor, DateTime Start), string> _booked = new();
    private readonly AppointmentRepo _repo;
    private int _bookedToday;

    public SlotService(AppointmentRepo repo) => _repo = repo;

    public int BookedToday => _bookedToday;

    public bool Book(string doctor, DateTime start, string patientId)
    {
        if (_booked.ContainsKey((doctor, start)))
            return false;
        _repo.Insert(doctor, start, patientId);
        _booked[(doctor, start)] = patientId;
        _bookedToday++;
        return true;
    }

    /// <summary>Free slots for the next <paramref name="days"/> days, today included.</summary>
    public List<DateTime> FreeSlots(string doctor, int days)
    {
        var slots = new List<DateTime>();
        var today = DateTime.Today;
        for (int d = 0; d <= days; d++)
        {
            for (int h = OpenHour; h < CloseHour; h++)
            {
                var start = today.AddDays(d).AddHours(h);
                if (!_booked.ContainsKey((doctor, start)))
                    slots.Add(start);
            }
        }
        return slots;
    }
}
