// What a consumer does with the generated Go client, printed as key=value lines that
// GeneratedClientsAgainstMockTest compares across languages.
// Arguments: base URL, token, space, audience, destination, action.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	activations "activations.io/client/go"
)

const newerActivation = `{"id":"act_1","enabled":true,"workspaceId":"wrk_1","spaceId":"spa_1","audienceId":"aud_1",
"connectionId":"ii_1","activationType":"Some Later Type","activationName":"Newer",
"personalization":{"profile":{"properties":["email"]}},"performResync":false,"addedLater":{"x":1}}`

func print(key string, value interface{}) {
	fmt.Printf("%s=%v\n", key, value)
}

func must(err error, what string) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", what, err)
		os.Exit(1)
	}
}

// statusOf is the status of a failed call's answer, or 200 when the call succeeded.
func statusOf(response *http.Response, err error) *http.Response {
	if err == nil {
		return nil
	}
	if response == nil {
		must(err, "no answer")
	}
	return response
}

func main() {
	baseURL, token, space, audience, destination, action :=
		os.Args[1], os.Args[2], os.Args[3], os.Args[4], os.Args[5], os.Args[6]
	configuration := activations.NewConfiguration()
	configuration.Servers = activations.ServerConfigurations{{URL: baseURL}}
	api := activations.NewAPIClient(configuration).ActivationsAPI
	ctx := context.WithValue(context.Background(), activations.ContextAccessToken, token)

	connection, _, err := api.AddDestinationToAudience(ctx, space, audience).
		AddDestinationToAudienceAlphaInput(*activations.NewAddDestinationToAudienceAlphaInput(
			*activations.NewDestinationReference(destination, "destination"))).
		Execute()
	must(err, "addDestinationToAudience")
	connectionID := connection.Data.Connection.GetId()
	print("connection.id", connectionID)

	profile := activations.NewProfileInput()
	profile.SetProperties([]string{"email"})
	personalization := activations.NewPersonalizationInput()
	personalization.SetProfile(*profile)
	mapping := activations.NewDestinationSubscriptionConfiguration(action)
	mapping.SetSettings(map[string]interface{}{"email": "email"})
	input := activations.NewAddActivationToAudienceAlphaInput(false, activations.ACTIVATIONTYPE_AUDIENCE_ENTERED,
		"Generated client check", *personalization)
	input.SetDestinationMapping(*mapping)
	created, _, err := api.AddActivationToAudience(ctx, space, audience, connectionID).
		AddActivationToAudienceAlphaInput(*input).Execute()
	must(err, "addActivationToAudience")
	activationID := created.Data.Activation.GetId()
	print("activation.id", activationID)

	read, _, err := api.GetActivationFromAudience(ctx, space, audience, activationID).Execute()
	must(err, "getActivationFromAudience")
	print("read.id", read.Data.Activation.GetId())
	print("read.name", read.Data.Activation.GetActivationName())
	print("read.connectionId", read.Data.Activation.GetConnectionId())
	print("read.type", read.Data.Activation.GetActivationType())

	page, _, err := api.ListActivationsFromAudience(ctx, space, audience).PaginationCount(1).Execute()
	must(err, "listActivationsFromAudience")
	print("page.size", len(page.Data.GetActivations()))
	print("page.next", page.Data.Pagination.GetNext() != "")

	_, missingResponse, err := api.GetActivationFromAudience(ctx, space, audience, "act_doesNotExist").Execute()
	if missing := statusOf(missingResponse, err); missing != nil {
		print("missing.status", missing.StatusCode)
	} else {
		print("missing.status", 200)
	}

	for attempt := 0; attempt < 500; attempt++ {
		_, response, err := api.GetActivationFromAudience(ctx, space, audience, activationID).Execute()
		if limited := statusOf(response, err); limited != nil {
			print("limited.status", limited.StatusCode)
			print("limited.retryAfter", limited.Header.Get("Retry-After"))
			print("limited.remaining", limited.Header.Get("X-RateLimit-Remaining"))
			print("limited.consumed", limited.Header.Get("X-RateLimit-Consumed"))
			print("limited.reset", limited.Header.Get("X-RateLimit-Reset"))
			break
		}
	}

	// what a newer API version may answer: a field and an activation type this document lacks
	var newer activations.ActivationOutput
	must(json.Unmarshal([]byte(newerActivation), &newer), "a newer activation")
	print("newer.name", newer.GetActivationName())
	print("newer.type", newer.GetActivationType())
}
