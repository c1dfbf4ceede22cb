// How large a bundle this tool accepts from elsewhere (a download, an S3 object).

/**
 * 1 GiB. Mattermost's tooling reads a bundle whole into memory (upaws.GetDeployDataFromFile:
 * io.ReadAll, in appsctl and the cloud deployer), and AWS Lambda takes at most 50 MB zipped per
 * function, so a larger bundle is not one any consumer deploys. Enforced while downloading.
 */
export const MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;
