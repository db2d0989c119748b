package main

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// cardAPI refunds deposits through the card processor's REST API.
type cardAPI struct {
	base   string
	key    string
	client *http.Client
}

func newCardAPI(base, key string) *cardAPI {
	return &cardAPI{base: base, key: key, client: &http.Client{Timeout: 15 * time.Second}}
}

func (c *cardAPI) Refund(bookingID string, pence int) error {
	form := url.Values{"reference": {bookingID}, "amount": {strconv.Itoa(pence)}}
	req, err := http.NewRequest(http.MethodPost, c.base+"/v1/refunds", nil)
	if err != nil {
		return err
	}
	req.URL.RawQuery = form.Encode()
	req.Header.Set("Authorization", "Bearer "+c.key)
	resp, err := c.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("refund %s: card API answered %s", bookingID, resp.Status)
	}
	return nil
}
