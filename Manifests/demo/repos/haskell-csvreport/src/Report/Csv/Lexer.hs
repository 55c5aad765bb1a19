{-# LANGUAGE LambdaCase #-}

-- | Splits CSV text into records of raw string fields (RFC 4180 style).
module Report.Csv.Lexer
  ( Field
  , Record
  , lexCsv
  , lexRecord
  , Delimiter
  , defaultDelimiter
  ) where

type Field = String
type Record = [Field]
type Delimiter = Char

defaultDelimiter :: Delimiter
defaultDelimiter = ','

-- | Lexes a whole document. Quoted fields may contain delimiters, doubled
-- quotes and line breaks. Returns the 1-based line of the first error.
lexCsv :: Delimiter -> String -> Either (Int, String) [Record]
lexCsv delim = go 1
  where
    go _ "" = Right []
    go line input = do
      (record, rest, used) <- lexRecord delim line input
      records <- go (line + used) rest
      pure (record : records)

-- | Lexes one record; also returns the remaining input and the number of
-- physical lines consumed.
lexRecord :: Delimiter -> Int -> String -> Either (Int, String) (Record, String, Int)
lexRecord delim line = field [] 1
  where
    field acc n = \case
      '"' : rest -> quoted acc n "" rest
      input -> let (raw, rest) = break (`elem` [delim, '\n', '\r']) input
               in next (raw : acc) n rest

    quoted acc n buf = \case
      '"' : '"' : rest -> quoted acc n ('"' : buf) rest
      '"' : rest -> next (reverse buf : acc) n rest
      '\n' : rest -> quoted acc (n + 1) ('\n' : buf) rest
      c : rest -> quoted acc n (c : buf) rest
      [] -> Left (line + n - 1, "unterminated quoted field")

    next acc n = \case
      c : rest | c == delim -> field acc n rest
      '\r' : '\n' : rest -> Right (reverse acc, rest, n)
      '\n' : rest -> Right (reverse acc, rest, n)
      [] -> Right (reverse acc, [], n)
      c : _ -> Left (line + n - 1, "unexpected character " ++ show c ++ " after quoted field")
