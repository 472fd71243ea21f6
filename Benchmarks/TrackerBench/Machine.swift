#if canImport(Glibc)
    import Glibc
#endif

/// The machine the figures come from: they mean little without it.
enum Machine {
    static func describe() -> String {
        let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        var model = "unknown CPU"
        var memory = "unknown memory"
        if let text = try? Spawn.readText("/proc/cpuinfo"),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
            let colon = line.firstIndex(of: ":")
        {
            model = line[line.index(after: colon)...].trimmingCharacters()
        }
        if let text = try? Spawn.readText("/proc/meminfo"),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("MemTotal") })
        {
            let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
            memory = "\(kilobytes / 1024 / 1024) GiB RAM"
        }
        var name = utsname()
        uname(&name)
        let kernel = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "nproc \(cores), \(model), \(memory), Linux \(kernel)"
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
