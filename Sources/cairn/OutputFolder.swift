import Foundation

/// Where `cairn build` may write: resolved to an absolute path with links followed,
/// and never the plan folder itself, one of its input folders or a hidden folder in it.
enum OutputFolder {
    /// The folders a plan's inputs live in; reports must never land among them.
    static let inputFolders = ["goals", "roles", "jobs", "resources", "companies", "log", "templates"]

    /// `path` made absolute (against the current folder) with every existing link resolved;
    /// the part that does not exist yet is normalised by its words ("." and "..").
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let components = absolute.split(separator: "/").map(String.init)
        var base = "/", rest = components[...]
        for count in stride(from: components.count, through: 0, by: -1) {
            let prefix = "/" + components[..<count].joined(separator: "/")
            if let resolved = realpath(prefix, nil) {
                base = String(cString: resolved)
                free(resolved)
                rest = components[count...]
                break
            }
        }
        var parts = base.split(separator: "/").map(String.init)
        for component in rest where component != "." {
            if component == ".." { _ = parts.popLast() } else { parts.append(component) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Why `folder` may not receive reports of the plan at `planRoot` (both resolved), or nil.
    static func refusal(_ folder: String, planRoot: String) -> String? {
        if folder == planRoot { return "it is the plan folder itself; reports go in a folder of their own (default: reports)" }
        guard folder.hasPrefix(planRoot + "/") else { return nil }
        let first = folder.dropFirst(planRoot.count + 1).split(separator: "/").first.map(String.init) ?? ""
        if inputFolders.contains(first) { return "it is inside the plan's \(first)/ folder, which holds the plan's own files" }
        if first.hasPrefix(".") { return "it is inside the hidden folder \(first) of the plan" }
        return nil
    }
}
