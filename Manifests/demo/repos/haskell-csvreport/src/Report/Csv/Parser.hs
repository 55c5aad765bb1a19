-- | Turns lexed CSV records into a typed 'Table'.
module Report.Csv.Parser
  ( parseTable
  , parseCell
  , ParseOptions (..)
  , defaultParseOptions
  ) where

import Data.Char (isSpace, toLower)
import Text.Read (readMaybe)

import Report.Csv.Lexer (Delimiter, Field, lexCsv)
import Report.Types

-- | Options controlling how raw text becomes cells.
data ParseOptions = ParseOptions
  { optDelimiter  :: Delimiter
  , optTrim       :: Bool
  , optNullValues :: [String]
  }

defaultParseOptions :: ParseOptions
defaultParseOptions = ParseOptions
  { optDelimiter = ','
  , optTrim = True
  , optNullValues = ["", "NA", "null", "-"]
  }

-- | Parses a full document whose first record is the header.
parseTable :: ParseOptions -> String -> Either ReportError Table
parseTable opts input =
  case lexCsv (optDelimiter opts) input of
    Left (line, msg) -> Left (ParseError line msg)
    Right records ->
      case filter (not . blank) records of
        [] -> Left EmptyInput
        header : rows ->
          mkTable (map (ColumnName . clean) header) (map (map (parseCell opts)) rows)
  where
    blank record = all (all isSpace) record
    clean = if optTrim opts then trim else id

-- | Infers the most specific cell type for a raw field.
parseCell :: ParseOptions -> Field -> Cell
parseCell opts raw
  | text `elem` optNullValues opts = CEmpty
  | Just b <- parseBool text = CBool b
  | Just n <- parseNumber text = CNumber n
  | otherwise = CText text
  where
    text = if optTrim opts then trim raw else raw

parseBool :: String -> Maybe Bool
parseBool s = case map toLower s of
  "true" -> Just True
  "yes" -> Just True
  "false" -> Just False
  "no" -> Just False
  _ -> Nothing

-- | Accepts plain numbers plus thousands separators and a trailing percent.
parseNumber :: String -> Maybe Double
parseNumber s = case reverse digits of
  '%' : rest -> (/ 100) <$> readNum (reverse rest)
  _ -> readNum digits
  where
    digits = filter (/= '_') (stripThousands s)
    stripThousands = filter (/= ',')
    readNum str@('.' : _) = readMaybe ('0' : str)
    readNum ('-' : '.' : str) = negate <$> readMaybe ("0." ++ str)
    readNum str = readMaybe str

trim :: String -> String
trim = dropWhileEnd' isSpace . dropWhile isSpace
  where
    dropWhileEnd' p = reverse . dropWhile p . reverse
