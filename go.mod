module github.com/offprint/offprint

go 1.26.0

require (
	codeberg.org/readeck/go-readability/v2 v2.1.3
	github.com/go-text/typesetting v0.3.5
	github.com/gofrs/uuid/v5 v5.0.0
	github.com/itlightning/dateparse v0.2.1
	github.com/urfave/cli/v3 v3.14.0
	github.com/vincent-petithory/dataurl v1.0.0
	github.com/yuin/goldmark v1.8.7
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/image v0.48.0
	golang.org/x/net v0.61.0
	golang.org/x/text v0.44.0
	golang.org/x/tools v0.52.0
)

require golang.org/x/sys v0.50.0 // indirect
