using System.Net.Http.Json;

namespace Clinic;

/// <summary>Sends booking confirmations through the SMS gateway. Singleton.</summary>
public sealed class SmsClient
{
    private static readonly HttpClient Http = new();
    private readonly string _gateway;
    private readonly string _clientSecret;
    private string? _token;
    private DateTime _tokenExpires;

    public SmsClient(IConfiguration config)
    {
        _gateway = config["Sms:Gateway"]!;
        _clientSecret = config["Sms:ClientSecret"]!;
    }

    private async Task<string> TokenAsync()
    {
        if (_token == null || DateTime.UtcNow > _tokenExpires)
        {
            _token = await FetchTokenAsync();
            _tokenExpires = DateTime.UtcNow.AddMinutes(55);
        }
        return _token;
    }

    private async Task<string> FetchTokenAsync()
    {
        var resp = await Http.PostAsJsonAsync($"{_gateway}/oauth/token", new { secret = _clientSecret });
        var doc = await resp.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        return doc!["access_token"];
    }

    public async Task SendAsync(string phone, string text)
    {
        string token = await TokenAsync();
        var url = $"{_gateway}/send?to={phone}&text={text}&access_token={token}";
        await Http.GetAsync(url);
    }
}
