package zone

import (
	"fmt"
	"os/exec"
	"strings"
)

// Render writes the zone in BIND master-file format.
func (z *Zone) Render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "$ORIGIN %s.\n", z.Name)
	fmt.Fprintf(&b, "@ IN SOA ns1.%s. hostmaster.%s. ( %d 3600 600 604800 300 )\n", z.Name, z.Name, z.Serial)
	for _, r := range z.Records {
		fmt.Fprintf(&b, "%s %d IN %s %s\n", r.Name, r.TTL, r.Type, r.Value)
	}
	return b.String()
}

// Notify tells every secondary that the zone changed.
func Notify(zoneName string, secondaries []string) error {
	for _, host := range secondaries {
		cmd := exec.Command("sh", "-c", "rndc -s "+host+" notify "+zoneName)
		if err := cmd.Run(); err != nil {
			return err
		}
	}
	return nil
}
