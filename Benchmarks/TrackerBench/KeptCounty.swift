import CountyGenerator
import TrackerDomain
import TrackerStore

#if canImport(Glibc)
    import Glibc
#endif

/// The benchmark's databases, built once and reused: beside each database
/// a small text file records the options it was built with and what it
/// holds, so a later run with `--work` and the same options skips the build.
struct KeptCounty {
    let folder: String
    let tools: Tools

    /// The database at `path` built with `options`: reused when its record
    /// says it was built with the same options, else built now.
    func database(at path: String, _ options: CountyBuilder.Options, label: String) -> (CountyBuilder.Counts, Double) {
        let recordPath = path + ".txt"
        let wanted = Self.key(options)
        if access(path, F_OK) == 0, let text = try? Spawn.readText(recordPath), let record = Self.parse(text),
            record.key == wanted
        {
            say("  [\(label)] reusing \(path) (built in \(format(record.seconds, digits: 1)) s)")
            return (record.counts, record.seconds)
        }
        Spawn.remove(database: path)
        unlink(recordPath)
        let started = Spawn.now()
        let counts: CountyBuilder.Counts
        do {
            let database = try TrackerDatabase.open(path: path, operatorName: "tracker-bench")
            counts = try CountyBuilder(database, options: options).build { say("  [\(label)] \($0)") }
        } catch {
            fail("building \(label): \(error)\n" + error.details.prefix(8).joined(separator: "\n"))
        }
        do {
            _ = try tools.rows(path, "PRAGMA wal_checkpoint(TRUNCATE);\nANALYZE;")
        } catch {
            fail("analysing \(label): \(error)")
        }
        let seconds = Spawn.now() - started
        let c = counts
        let fields: [Int] = [
            c.households, c.persons, c.officials, c.assignments, c.visits, c.checks, c.itemsOpened, c.itemsClosed,
            c.incomes, c.measures,
        ]
        let text = "\(wanted)\n\(format(seconds, digits: 1))\n" + fields.map(String.init).joined(separator: " ") + "\n"
        do { try Spawn.write(Array(text.utf8), to: recordPath) } catch { fail("\(error)") }
        return (counts, seconds)
    }

    static func key(_ options: CountyBuilder.Options) -> String {
        "households=\(options.households) seed=\(options.seed) months=\(options.months) today=\(options.today)"
    }

    static func parse(_ text: String) -> (key: String, seconds: Double, counts: CountyBuilder.Counts)? {
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count >= 3, let seconds = Double(lines[1]) else { return nil }
        let numbers = lines[2].split(separator: " ").compactMap { Int($0) }
        guard numbers.count == 10 else { return nil }
        var counts = CountyBuilder.Counts()
        (counts.households, counts.persons, counts.officials, counts.assignments, counts.visits) =
            (numbers[0], numbers[1], numbers[2], numbers[3], numbers[4])
        (counts.checks, counts.itemsOpened, counts.itemsClosed, counts.incomes, counts.measures) =
            (numbers[5], numbers[6], numbers[7], numbers[8], numbers[9])
        return (lines[0], seconds, counts)
    }

    /// Removes every file of the work folder, and the folder.
    func removeAll() {
        guard let directory = opendir(folder) else { return }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(name) }
        }
        closedir(directory)
        for name in names { unlink(folder + "/" + name) }
        rmdir(folder)
    }
}
