using System.Runtime.Intrinsics.X86;

namespace BenchHarness.Core.Platforms;

/// <summary>Whether the harness runs in a virtual machine or a container, as far as the machine lets it tell.</summary>
public static class Virtualization
{
    /// <summary>Hypervisor vendor strings (CPUID leaf 0x40000000, EBX-ECX-EDX) and the names people know them by.</summary>
    private static readonly Dictionary<string, string> Vendors = new(StringComparer.Ordinal)
    {
        ["KVMKVMKVM"] = "KVM", ["Microsoft Hv"] = "Hyper-V", ["VMwareVMware"] = "VMware", ["XenVMMXenVMM"] = "Xen",
        ["TCGTCGTCGTCG"] = "QEMU (TCG)", ["VBoxVBoxVBox"] = "VirtualBox", [" lrpepyh  vr"] = "Parallels", ["ACRNACRNACRN"] = "ACRN",
        ["bhyve bhyve "] = "bhyve", ["QNXQVMBSQG"] = "QNX",
    };

    private static readonly string[] ContainerGroups = ["kubepods", "docker", "containerd", "lxc"];

    private static readonly string[] DmiVendors = ["QEMU", "KVM", "VMware", "Xen", "innotek", "VirtualBox", "Microsoft Corporation", "Parallels", "Amazon EC2", "Google", "Apple Virtualization"];

    /// <summary>
    /// The hypervisor: on x86 the CPU's hypervisor flag and CPUID vendor (what <c>lscpu</c> prints as "Hypervisor
    /// vendor"); elsewhere /sys/hypervisor and the firmware's system vendor. Null when nothing says so.
    /// </summary>
    public static string? Hypervisor()
    {
        var flags = MachineProbe.ProcField("/proc/cpuinfo", "flags") ?? "";
        if (X86Base.IsSupported && flags.Split(' ').Contains("hypervisor"))
        {
            var (_, ebx, ecx, edx) = X86Base.CpuId(0x40000000, 0);
            var vendor = string.Concat(new[] { ebx, ecx, edx }.Select(r => string.Concat(BitConverter.GetBytes(r).Select(b => (char)b)))).TrimEnd('\0');
            return Vendors.TryGetValue(vendor, out var name) ? name : vendor.Trim().Length > 0 ? vendor.Trim() : "a hypervisor that does not name itself";
        }

        if (MachineProbe.ReadLine("/sys/hypervisor/type") is { Length: > 0 } type)
        {
            return type;
        }

        var system = MachineProbe.ReadLine("/sys/class/dmi/id/sys_vendor") + " " + MachineProbe.ReadLine("/sys/class/dmi/id/product_name");
        return DmiVendors.FirstOrDefault(v => system.Contains(v, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The container runtime: podman's and docker's marker files, PID 1's <c>container</c> variable, or its control groups.</summary>
    public static string? Container()
    {
        if (File.Exists("/run/.containerenv"))
        {
            return "podman";
        }

        if (File.Exists("/.dockerenv"))
        {
            return "docker";
        }

        try
        {
            if (File.Exists("/proc/1/environ")
                && File.ReadAllText("/proc/1/environ").Split('\0').FirstOrDefault(v => v.StartsWith("container=", StringComparison.Ordinal)) is { } variable)
            {
                return variable["container=".Length..];
            }

            var groups = File.Exists("/proc/1/cgroup") ? File.ReadAllText("/proc/1/cgroup") : "";
            return ContainerGroups.FirstOrDefault(g => groups.Contains(g, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
