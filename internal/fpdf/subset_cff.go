package fpdf

import "errors"

func subsetCFF(cff []byte, used map[uint16]bool) ([]byte, error) {
	return nil, errors.New("CFF subsetting: not yet")
}
