module Main (main) where

import Control.Exception (IOException, try)
import Control.Monad (forM_, when)
import System.Environment (getArgs)
import System.Exit (ExitCode (..), exitWith)
import System.IO (hPutStr, hPutStrLn, stderr)

import Report

-- | Exit codes follow the BSD sysexits convention.
exitUsage, exitData, exitIO :: ExitCode
exitUsage = ExitFailure 64
exitData = ExitFailure 65
exitIO = ExitFailure 74

main :: IO ()
main = do
  args <- getArgs
  when (any (`elem` ["-h", "--help"]) args) $ do
    putStr usage
    exitWith ExitSuccess
  spec <- either (dieWith exitUsage . (++ "\n" ++ usage)) pure (parseArgs args)
  input <- readInput (specInput spec)
  case runReport spec input of
    Left err -> dieWith exitData (renderError err)
    Right out -> putStr out

readInput :: Maybe FilePath -> IO String
readInput Nothing = getContents
readInput (Just path) = do
  result <- try (readFile path) :: IO (Either IOException String)
  case result of
    Right text -> return text
    Left ex -> do
      forM_ ["cannot read " ++ path, show ex] (hPutStrLn stderr)
      exitWith exitIO

dieWith :: ExitCode -> String -> IO a
dieWith code msg = do
  hPutStr stderr ("csvreport: " ++ msg)
  hPutStrLn stderr ""
  exitWith code
