using System.Text.Json;

namespace BenchHarness.Probe;

/// <summary>Writes the probe's JSON lines on stdout, one flushed line per record.</summary>
internal sealed class ProbeWriter(Stream output)
{
    public void Write(Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            fields(json);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        output.Flush();
    }
}
