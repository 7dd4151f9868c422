// The records of this assembly are the API's and the console's requests: TextInput bounds their text.
[assembly: Beian.Platform.RequestTypes]
