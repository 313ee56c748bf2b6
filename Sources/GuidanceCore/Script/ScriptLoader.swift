import Foundation

/// Reads a prompt script from JSON text and checks it, naming the place of every problem.
public enum ScriptLoader {
    /// The script in `text`, or every problem found in it (`file` names the file in messages).
    public static func load(_ text: String, file: String) -> Result<Script, ScriptProblems> {
        load(bytes: Array(text.utf8), file: file)
    }

    /// The script in `bytes`, valid UTF-8 text, or every problem found in it.
    static func load(bytes: [UInt8], file: String) -> Result<Script, ScriptProblems> {
        let json: JSONValue
        do {
            json = try JSONParser.parse(validUTF8: bytes)
        } catch {
            return .failure(ScriptProblems([ScriptProblem(file: file, place: "", message: "\(error)")]))
        }
        var reader = ScriptReader(file: file)
        let script = reader.script(json)
        if let script { reader.checkReferences(script) }
        if let script, reader.problems.isEmpty { return .success(script) }
        return .failure(ScriptProblems(reader.problems))
    }

    /// Loads `<folder>/<id>.json`.
    public static func load(id: String, folder: URL) -> Result<Script, ScriptProblems> {
        load(id: id, folderPath: folder.path)
    }

    /// Loads `<folderPath>/<id>.json`, through `cache` when one is given: the copy kept there when it was made from these
    /// very bytes, else the file read and checked (and kept there when it has no problem).
    public static func load(id: String, folderPath: String, cache: CheckedScripts? = nil) -> Result<Script, ScriptProblems> {
        let path = FolderPath.join(folderPath, "\(id).json")
        guard let file = AtomicFile.readBytes(atPath: path, limit: SessionStore.maximumFileSize) else {
            return .failure(ScriptProblems([ScriptProblem(file: path, place: "",
                message: "cannot read this file; check that the prompts folder holds \(id).json")]))
        }
        // A copy is kept only for bytes that were UTF-8 text and had no problem: the same bytes need no second look.
        if let cache, let script = cache.cached(scriptPath: path, bytes: file), script.id == id { return .success(script) }
        guard let bytes = JSONParser.utf8Text(file) else {
            return .failure(ScriptProblems([ScriptProblem(file: path, place: "",
                message: "the file is not UTF-8 text; save it again as UTF-8")]))
        }
        // Taken apart at once rather than kept whole: a kept Result is copied through its runtime type (about 200,000 instructions).
        switch load(bytes: bytes, file: path) {
        case .success(let script) where script.id != id:
            return .failure(ScriptProblems([ScriptProblem(file: path, place: "",
                message: "its \"id\" is \"\(script.id)\" but the file is called \(id).json; make them the same")]))
        case .success(let script):
            cache?.store(script, scriptPath: path, bytes: file)
            return .success(script)
        case .failure(let problems): return .failure(problems)
        }
    }
}
