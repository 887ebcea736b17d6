import CairnKit

/// Where `cairn build` keeps the posting and log files it read (`RememberedFiles`): `.cairn-read`
/// in the output folder, beside the build record, written with it.
extension RememberedFiles {
    static let fileName = ".cairn-read"

    /// The memory in `folder`, when there is one that reads whole.
    static func read(from folder: String) -> RememberedFiles? {
        (try? LocalFileSystem().read(folder + "/" + fileName)).flatMap(RememberedFiles.init(bytes:))
    }

    /// What every file is read with besides the plan: the Cairn binary, by its identity.
    static var salt: String? { BuildRecord.binary }
}
