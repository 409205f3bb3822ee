package main

import (
	"slices"
	"strings"

	"github.com/urfave/cli/v3"
)

// normalizeArgs reads the whole command line before anything runs and
// puts a command's flags before its inputs, so that flags may come before
// or after the inputs (`offprint export a.txt -o out --paper a5`), as
// pandoc and GNU tools allow. (urfave/cli v3 also reads flags after
// inputs; reading the line here first keeps the rules in one place and
// reports an unknown flag with the closest known one.)
//
// `--` ends the flags: everything after it is an input, even "-o". An
// unknown flag is a usage error naming the closest known one. The result
// is program, command, flags, `--`, inputs.
func normalizeArgs(app *cli.Command, args []string) ([]string, error) {
	if len(args) < 2 || args[len(args)-1] == "--generate-shell-completion" {
		return args, nil // urfave/cli's completion reads the raw line
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "-" && args[i] != "--" {
		if !isGlobalFlag(args[i]) {
			return nil, unknownFlag("", args[i], nil, false)
		}
		i++
	}
	if i >= len(args) {
		return args, nil
	}
	cmd := app.Command(args[i])
	if cmd == nil || len(cmd.Commands) > 0 || cmd.Name == "help" {
		return args, nil // unknown commands are reported by the caller
	}
	flags, inputs, err := splitFlags(cmd, args[i+1:])
	if err != nil {
		return nil, err
	}
	if !cmd.HideHelp && slices.ContainsFunc(flags, isHelpFlag) {
		// urfave/cli would take the first input for a help topic
		return append(append([]string{}, args[:i+1]...), "--help"), nil
	}
	out := append(append([]string{}, args[:i+1]...), flags...)
	if len(inputs) > 0 {
		out = append(append(out, "--"), inputs...)
	}
	return out, nil
}

// splitFlags separates a command's flags (with their values) from its
// inputs, keeping the order of each.
func splitFlags(cmd *cli.Command, rest []string) (flags, inputs []string, err error) {
	for k := 0; k < len(rest); k++ {
		a := rest[k]
		switch {
		case a == "--":
			return flags, append(inputs, rest[k+1:]...), nil
		case a == "-" || !strings.HasPrefix(a, "-"):
			inputs = append(inputs, a)
			continue
		}
		takesValue, ok := lookupFlag(cmd.Flags, a, cmd.HideHelp)
		if !ok {
			return nil, nil, unknownFlag(cmd.Name, a, cmd.Flags, cmd.HideHelp)
		}
		flags = append(flags, a)
		if takesValue && !strings.Contains(a, "=") {
			if k+1 >= len(rest) {
				return nil, nil, usagef("%s: flag %s needs a value", cmd.Name, a)
			}
			k++
			flags = append(flags, rest[k])
		}
	}
	return flags, inputs, nil
}

// isHelpFlag reports whether arg is -h or --help.
func isHelpFlag(arg string) bool { return arg == "-h" || arg == "--help" }

// flagName is the name in "--name=value" or "-n".
func flagName(arg string) string {
	name := strings.TrimLeft(arg, "-")
	name, _, _ = strings.Cut(name, "=")
	return name
}

// lookupFlag reports whether arg names one of flags (or the help flag
// urfave/cli adds) and whether that flag takes a value.
func lookupFlag(flags []cli.Flag, arg string, noHelp bool) (takesValue, ok bool) {
	name := flagName(arg)
	if !noHelp && (name == "help" || name == "h") {
		return false, true
	}
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return flagTakesValue(f), true
			}
		}
	}
	return false, false
}

func flagTakesValue(f cli.Flag) bool {
	if d, ok := f.(cli.DocGenerationFlag); ok {
		return d.TakesValue()
	}
	return false
}

// unknownFlag is the usage error for a flag the command does not have,
// with the closest known name.
func unknownFlag(cmd, arg string, flags []cli.Flag, noHelp bool) error {
	names := map[string]bool{}
	for _, f := range flags {
		for _, n := range f.Names() {
			if len(n) > 1 {
				names[n] = true
			}
		}
	}
	if !noHelp {
		names["help"] = true
	}
	if cmd == "" {
		names["version"] = true
	}
	hint := suggest(flagName(arg), names)
	if hint != "" {
		hint = strings.Replace(hint, `mean "`, `mean "--`, 1)
	}
	flag := strings.SplitN(arg, "=", 2)[0]
	if cmd == "" {
		return usagef("unknown flag %s%s", flag, hint)
	}
	return usagef("%s: unknown flag %s%s", cmd, flag, hint)
}

// isGlobalFlag reports whether arg is one of the flags offprint takes
// before a command: --help, --version (urfave/cli adds both when it runs).
func isGlobalFlag(arg string) bool {
	switch flagName(arg) {
	case "help", "h", "version", "v":
		return true
	}
	return false
}
