import CGit2

extension Repository {
    /// The bytes of blob `id`, read from the object database.
    ///
    /// With `maxSize`, the object header is read first and a larger blob throws `.tooLarge` before any
    /// of it is loaded or inflated, so one huge file in an untrusted repository cannot exhaust memory.
    public func readBlob(_ id: ObjectID, maxSize: Int? = nil) throws(GitError) -> [UInt8] {
        let operation = "read blob"
        let subject = "\(id) in \(path)"
        let odb = try odb()
        if let maxSize {
            let size = try blobSize(id, odb: odb)
            if size > maxSize {
                throw GitError(
                    code: .tooLarge, message: "blob is \(size) bytes, more than the limit of \(maxSize)",
                    operation: operation, subject: subject)
            }
        }
        let object = try Managed.make(operation, subject, free: git_odb_object_free) { out in
            id.withOID { git_odb_read(&out, odb.pointer, $0) }
        }
        let type = git_odb_object_type(object.pointer)
        guard type == GIT_OBJECT_BLOB else {
            throw GitError(code: .wrongKind, message: "object is a \(typeName(type)), not a blob", operation: operation, subject: subject)
        }
        let count = git_odb_object_size(object.pointer)
        guard count > 0, let data = git_odb_object_data(object.pointer) else { return [] }
        return Array(UnsafeRawBufferPointer(start: data, count: count))
    }

    /// The size of blob `id` from its object header, without loading it.
    public func blobSize(_ id: ObjectID) throws(GitError) -> Int {
        try blobSize(id, odb: odb())
    }

    func blobSize(_ id: ObjectID, odb: Managed) throws(GitError) -> Int {
        let operation = "read the header of blob"
        let subject = "\(id) in \(path)"
        var size = 0
        var type = GIT_OBJECT_INVALID
        try call(operation, subject) { id.withOID { git_odb_read_header(&size, &type, odb.pointer, $0) } }
        guard type == GIT_OBJECT_BLOB else {
            throw GitError(code: .wrongKind, message: "object is a \(typeName(type)), not a blob", operation: operation, subject: subject)
        }
        return size
    }
}

/// "commit", "tree", "blob", "tag" — libgit2's own names, for messages.
func typeName(_ type: git_object_t) -> String {
    git_object_type2string(type).map { String(cString: $0) } ?? "object of type \(type.rawValue)"
}
