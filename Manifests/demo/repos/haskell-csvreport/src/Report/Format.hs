-- | Plain-text rendering of tables with aligned columns.
module Report.Format
  ( Alignment (..)
  , renderText
  , renderMarkdown
  , padTo
  ) where

import Data.List (intercalate, transpose)

import Report.Csv.Writer (renderCell)
import Report.Types

data Alignment = AlignLeft | AlignRight
  deriving (Eq, Show)

-- | Numbers are right-aligned, everything else left-aligned.
alignmentFor :: [Cell] -> Alignment
alignmentFor cells
  | not (null nonEmpty) && all isNumber nonEmpty = AlignRight
  | otherwise = AlignLeft
  where
    nonEmpty = filter (/= CEmpty) cells
    isNumber (CNumber _) = True
    isNumber _ = False

padTo :: Alignment -> Int -> String -> String
padTo align width s =
  let fill = replicate (width - length s) ' '
  in case align of
       AlignLeft -> s ++ fill
       AlignRight -> fill ++ s

-- | Computes the rendered header, rows, widths and alignments.
layout :: Table -> ([String], [[String]], [Int], [Alignment])
layout (Table header rows) = (names, body, widths, aligns)
  where
    names = map unColumnName header
    body = map (map renderCell) rows
    widths = [maximum (map length col) | col <- transpose (names : body)]
    aligns = map alignmentFor (transpose rows) ++ repeat AlignLeft

-- | A boxed text table, e.g. for terminal output.
renderText :: Table -> String
renderText table = unlines (rule : line names : rule : map line body ++ [rule])
  where
    (names, body, widths, aligns) = layout table
    line cells = "| " ++ intercalate " | " (zipWith3 padTo aligns widths cells) ++ " |"
    rule = "+" ++ intercalate "+" [replicate (w + 2) '-' | w <- widths] ++ "+"

-- | A GitHub-flavoured Markdown table.
renderMarkdown :: Table -> String
renderMarkdown table = unlines (line names : separator : map line body)
  where
    (names, body, widths, aligns) = layout table
    line cells = "| " ++ intercalate " | " (zipWith3 padTo aligns widths cells) ++ " |"
    separator = "|" ++ intercalate "|" (zipWith marker aligns widths) ++ "|"
    marker AlignRight w = replicate (w + 1) '-' ++ ":"
    marker AlignLeft w = ':' : replicate (w + 1) '-'
