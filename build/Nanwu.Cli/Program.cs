using System.CommandLine;
using System.Text;
using Nanwu.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
return Commands.Root().Parse(args).Invoke();
