internal import SQLCore
import TrackerDomain

/// Finds or creates the county → town → village chain a household lives in,
/// on either engine.
struct PlaceStore {
    let connection: any SQLConnection

    /// The village's id, creating missing places along the way when `create`.
    ///
    /// A town named without its county is looked up by name alone; two towns
    /// of that name in different counties make the caller add `--county`.
    func villageID(for path: PlacePath, create: Bool) throws -> Int64? {
        var countyID: Int64?
        if let county = path.county {
            countyID = try find(kind: "county", name: county, parent: nil, anyParent: false)
            if countyID == nil {
                guard create else { return nil }
                countyID = try insert(kind: "county", name: county, parent: nil)
            }
        }
        var townID = try find(kind: "town", name: path.town, parent: countyID, anyParent: countyID == nil)
        if townID == nil {
            guard create else { return nil }
            townID = try insert(kind: "town", name: path.town, parent: countyID)
        }
        if let villageID = try find(kind: "village", name: path.village, parent: townID, anyParent: false) {
            return villageID
        }
        guard create else { return nil }
        return try insert(kind: "village", name: path.village, parent: townID)
    }

    /// Ids of every village matching a town and/or village name (for filters).
    func villageIDs(town: String?, village: String?) throws -> [Int64] {
        var ids: [Int64] = []
        try connection.forEach("""
            SELECT v.id FROM places v JOIN places t ON t.id = v.parent_id
            WHERE v.kind = 'village' AND (CAST(:town AS TEXT) IS NULL OR t.name = :town)
              AND (CAST(:village AS TEXT) IS NULL OR v.name = :village)
            """, binding: ["town": town, "village": village]) { ids.append($0.int64("id")) }
        return ids
    }

    private func find(kind: String, name: String, parent: Int64?, anyParent: Bool) throws -> Int64? {
        var matches: [(id: Int64, parent: String?)] = []
        try connection.forEach("""
            SELECT p.id, up.name AS parent FROM places p LEFT JOIN places up ON up.id = p.parent_id
            WHERE p.kind = :kind AND p.name = :name
              AND (:any_parent = 1 OR p.parent_id = :parent_id OR (CAST(:parent_id AS BIGINT) IS NULL AND p.parent_id IS NULL))
            ORDER BY p.id
            """, binding: ["kind": kind, "name": name, "parent_id": parent, "any_parent": anyParent]) {
            matches.append(($0.int64("id"), $0.optionalText("parent")))
        }
        if matches.count > 1 {
            let parents = matches.map { $0.parent ?? "—" }.joined(separator: ", ")
            throw TrackerError(.ambiguous,
                en: "town \(name) exists in several counties (\(parents)); add --county",
                zh: "乡镇 \(name) 在多个县区都有（\(parents)）；请加 --county")
        }
        return matches.first?.id
    }

    private func insert(kind: String, name: String, parent: Int64?) throws -> Int64 {
        try connection.insert("INSERT INTO places (kind, name, parent_id) VALUES (:kind, :name, :parent_id) RETURNING id",
                              binding: ["kind": kind, "name": name, "parent_id": parent])
    }
}
